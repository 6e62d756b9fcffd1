/**
 * Where the working copy is shorter than the original ("&amp;" is one character), the rest of the span is
 * filled with this private-use character, so offsets stay the original's; the tokenizer reads past it.
 */
export const FILLER = '\uE000';
