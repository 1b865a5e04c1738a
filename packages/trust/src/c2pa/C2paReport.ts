/** What the C2PA check of a file found. */
export type C2paState = 'trusted' | 'valid-untrusted' | 'invalid' | 'absent';

export interface C2paAction {
  action: string;
  digitalSourceType?: string;
  softwareAgent?: string;
  description?: string;
}

export interface C2paIngredient {
  title?: string;
  relationship?: string;
  /** The ingredient's own manifest, when it had one. */
  manifest?: string;
}

export interface C2paReport {
  state: C2paState;
  /** Validation failure codes (e.g. `assertion.bmffHash.mismatch`, `signingCredential.untrusted`). */
  failures: string[];
  claimGenerator?: string;
  signer?: { commonName?: string; issuer?: string; algorithm?: string; time?: string };
  actions?: C2paAction[];
  ingredients?: C2paIngredient[];
  /** Klappe's video id, when the manifest was made by Klappe. */
  videoId?: string;
}
