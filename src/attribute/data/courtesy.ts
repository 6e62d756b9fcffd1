/**
 * Courtesies are not claims (ANNOTATION.md): greetings, pleasure at a visit or a meeting, thanks for the
 * time or the hospitality, stage directions. Each phrase is a sequence of words (lower case; `|` separates
 * words that may stand in one place); a sentence or clause that opens with one, or is nothing else, holds
 * no position.
 */
export const COURTESY_OPENINGS: readonly string[] = [
  'good morning|afternoon|evening|day',
  'hello',
  'hi',
  'welcome back|everyone|all|you',
  'warmly welcome',
  'thank you',
  'thanks',
  'thank you very|so much',
  'it is|was wonderful|great|good|nice|lovely|gratifying|delightful|special to',
  "it's wonderful|great|good|nice|lovely|gratifying|delightful|special to",
  "it's so|particularly|especially|really wonderful|great|good|nice|gratifying to",
  'it is so|particularly|especially|really wonderful|great|good|nice|gratifying to',
  'wonderful|great|good|nice|lovely to be|see|meet|have',
  'i am|am|was honored|honoured|delighted|pleased|glad|happy|thrilled to be|see|meet|welcome|host|have|join',
  "i'm honored|honoured|delighted|pleased|glad|happy|thrilled to be|see|meet|welcome|host|have|join",
  "it's a|an pleasure|honor|honour|privilege",
  'it is a|an pleasure|honor|honour|privilege',
  'it is my|our pleasure|honor|honour|privilege',
  'my|our pleasure',
];

/** Objects of thanks that make them a courtesy: "thank you for joining us", "thanks for your hospitality". */
export const COURTESY_THANKS: ReadonlySet<string> = new Set([
  'joining',
  'having',
  'hosting',
  'coming',
  'being',
  'inviting',
  'receiving',
  'welcoming',
  'hospitality',
  'welcome back|everyone|all|you',
  'warmly welcome',
  'time',
  'invitation',
  'kind',
  'warm',
  'generous',
  'gracious',
  'message',
  'congratulatory',
  'congratulations',
  'condolences',
  'letter',
  'greetings',
  'opportunity',
]);

/** Words that may stand inside a formula without changing it: "I am very pleased to be here", "It is so good to see you". */
export const INTENSIFIERS: ReadonlySet<string> = new Set([
  'very',
  'so',
  'really',
  'most',
  'truly',
  'deeply',
  'especially',
  'particularly',
  'just',
  'always',
  'indeed',
]);
