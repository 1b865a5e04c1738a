/**
 * Characters' names in a prompt: "a robot named Robo", "a dog called Rex", "Robo the robot",
 * "ein Hund namens Bello", "un chat nommé Minou", "un perro llamado Toby". The names are taken
 * out of the text (so they don't become unknown props) and remembered with the words that
 * came before them, to be bound to the character those words describe.
 */
export interface NameMention {
  name: string;
  /** The prompt text before the name (the character is the last thing named there) ... */
  before: string;
  /** ... or, for "Robo the robot", the noun after it. */
  noun?: string;
}

export interface NameReading {
  /** The prompt without the naming phrases. */
  rest: string;
  names: NameMention[];
}

const NAME = "\\p{Lu}[\\p{L}'’-]{0,30}";
const AFTER_NOUN = new RegExp(`\\s*,?\\s*\\b(?:named|called|namens|genannt|nommée?|appelée?|llamad[oa])\\s+(${NAME})`, 'gu');
const BEFORE_NOUN = new RegExp(`(^|[.!?;]\\s+|\\s)(${NAME}),?\\s+the\\s+(\\p{Ll}+)`, 'gu');

export function readNames(text: string): NameReading {
  const names: NameMention[] = [];
  let rest = text.replace(AFTER_NOUN, (match, name: string, offset: number) => {
    names.push({ name, before: text.slice(0, offset) });
    return '';
  });
  rest = rest.replace(BEFORE_NOUN, (match, lead: string, name: string, noun: string, offset: number) => {
    names.push({ name, before: rest.slice(0, offset), noun });
    return `${lead}the ${noun}`;
  });
  return { rest, names };
}
