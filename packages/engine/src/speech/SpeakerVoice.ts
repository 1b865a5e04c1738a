/** A voice fully resolved for synthesis: what eSpeak NG gets plus the processing after it. */
export interface SpeakerVoice {
  /** eSpeak NG variant appended to the language's voice ("m3", "f2", "klatt"). */
  variant: string;
  /** Words per minute. */
  rate: number;
  /** 0..99 (50 = the voice's normal pitch). */
  pitch: number;
  /** Pitch range 0..99 (0 = monotone). */
  range: number;
  /** Processing after synthesis. */
  effect: 'none' | 'robot' | 'radio';
  /**
   * Playback-speed factor applied to the synthesised audio (1 = none): above 1 raises pitch and
   * formants together (small animals), below 1 lowers them (large animals).
   */
  shift: number;
}
