/** Mix a colour towards another ("dark red", "light blue"): amount 0 keeps it, 1 gives the other. */
export { mixColour } from '../colour/hexColour.ts';
