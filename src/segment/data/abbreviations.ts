/**
 * Abbreviations after which a full stop does not end a sentence, lowercased.
 * wink-nlp knows many; these are the ones this genre adds or that it splits on.
 */
export const ABBREVIATIONS: ReadonlySet<string> = new Set([
  // titles: "Amb. Kim", "Pres. Moon", "Gen. Park", "Lt. Gen. Kim"
  'amb.', 'pres.', 'gen.', 'lt.', 'col.', 'maj.', 'capt.', 'cmdr.', 'adm.', 'sgt.', 'sen.', 'rep.',
  'gov.', 'sec.', 'secy.', 'dep.', 'mr.', 'mrs.', 'ms.', 'dr.', 'prof.', 'rev.', 'hon.',
  'messrs.', 'st.', 'ft.', 'mt.',
  // "Joseph R. Biden, Jr. met"
  'jr.', 'sr.',
  // months: "Oct. 31"
  'jan.', 'feb.', 'mar.', 'apr.', 'jun.', 'jul.', 'aug.', 'sep.', 'sept.', 'oct.', 'nov.', 'dec.',
  // others: "No. 4", "approx."
  'no.', 'nos.', 'vol.', 'approx.', 'dept.', 'corp.', 'inc.', 'ltd.', 'co.', 'govt.', 'e.g.', 'i.e.', 'vs.', 'cf.',
  'u.s.', 'u.k.', 'u.n.', 'e.u.', 'r.o.k.', 'p.r.c.', 'd.p.r.k.', 'a.m.', 'p.m.',
]);

/** Abbreviations that may also end a sentence ("... talks with the U.S. He said"). */
export const MAY_END_SENTENCE: ReadonlySet<string> = new Set([
  'u.s.', 'u.k.', 'u.n.', 'e.u.', 'a.m.', 'p.m.', 'jr.', 'sr.', 'inc.', 'ltd.', 'co.', 'corp.',
]);

/** Page furniture: lines that are never claims, lowercased, without final punctuation. */
export const FURNITURE: readonly RegExp[] = [
  /^related (news|stories|articles|links|coverage)$/,
  /^(suggest to a friend|share( this)?( article)?|print|e-?mail|comments?|read more|more news|top news|editor'?s pick|most (read|viewed|popular))$/,
  /^(photo|image|video|file photo|source|editor|editors|reporter|copyright|contact)\b.{0,80}$/,
  /^\(?(xinhua|yonhap|ap|afp|reuters|china daily|global times|kyodo)\)?$/,
  /^by [a-z][a-z .'-]{1,60}$/,
];
