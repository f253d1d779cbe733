//! The named window sizes: how far, in tokens or bytes, a rule looks from
//! where it stands.

/// How far after a quotation its cue may come, in tokens: "“…,” the
/// former governor of Texas said".
pub(super) const CUE_AFTER_QUOTE: usize = 9;
/// The tokens a speaker's name and its appositive take before a cue
/// ("Cory James, 22, of Flint, Mich., said"), and how many comma-set parts.
pub(super) const APPOSITIVE: usize = 20;
pub(super) const APPOSITIVE_PARTS: usize = 4;
/// How far past a cue another clause may open: "said, and her husband".
pub(super) const CLAUSE_AFTER_CUE: usize = 6;
/// How many tokens after a quotation a cue may close the writer's clause
/// it stands in: "This is “…,” reported Reuters".
pub(super) const CUE_AFTER_CLAUSE: usize = 10;
/// How many tokens a listener may take after "told": "told “Morning Joe”
/// on Friday that …".
pub(super) const LISTENER: usize = 16;
/// How many tokens a listener may take before "that" after a cue that
/// does not always name one: "warned the people of Northport that …".
pub(super) const LISTENER_PHRASE: usize = 6;
/// How many tokens a speaker set off by commas may take between a
/// quotation and its cue: "“…,” Harry Bond, 30, of Raleigh, N.C., who was
/// among those polled, said".
pub(super) const SPEAKER_AFTER_QUOTE: usize = 24;
/// How many tokens may stand between the parts of a split statement: “A,”
/// the former governor of Texas said on Friday. “B.”
pub(super) const BETWEEN_PARTS: usize = 24;
/// How close after a cue its "that" comes ("said last week that …"), and a
/// naming cue's quoted words ("what he called the “…”").
pub(super) const NAMED_WORDS: usize = 8;
/// How many tokens may open a sentence before the second part of a split
/// statement: “A,” he said. “B.”, “A,” he said. And then, “B.”
pub(super) const SENTENCE_LEAD: usize = 3;
/// How many tokens a place's region or a time set off after an opening
/// phrase may take: "In Ames, Iowa, on Sunday,".
pub(super) const ADJUNCT_TAIL: usize = 4;
/// How long the writer's adjunct closing a sentence after a cue may be:
/// "said on Monday at a rally in Dover.".
pub(super) const TRAILING_ADJUNCT: usize = 8;
/// How long an adjunct between a cue and what was said may be: "said in an
/// interview on Monday with the paper that …".
pub(super) const ADJUNCT: usize = 12;
/// How long a speaker's appositive may run before the cue when the name
/// opens the sentence, or between dashes: "Jason Sims — a teacher from
/// Mount Pleasant — says".
pub(super) const LONG_APPOSITIVE: usize = 14;
/// How many tokens a noun phrase before a cue may take: "former Secretary
/// of State Hillary Rodham Clinton".
pub(super) const NOUN_PHRASE: usize = 10;
/// How far before "and" the first verb's subject may stand: "after she
/// attacked the police and blamed …".
pub(super) const FIRST_VERB: usize = 12;
/// How long a subject with its own clause may run before the cue.
pub(super) const LONG_SUBJECT: usize = 16;
/// How long a subordinate clause a participle hangs on may be: "…, when
/// protesters from the university interrupted her speech, shouting …".
pub(super) const CLAUSE: usize = 20;
/// How long a party label after a name may be: "(D-S.C.)".
pub(super) const PARTY_LABEL: usize = 10;
/// How many of the last findings a participle or a quotation looks back at
/// for the statement it belongs to: those of its own sentence.
pub(super) const RECENT_FINDINGS: usize = 4;
/// How far another speaker's cue may stand in a clause that ends what was
/// said: ", but the former mayor said".
pub(super) const SPEAKER_CLAUSE: usize = 7;
/// How far a dash may stand from the one pairing with it around quoted
/// words: "— “No to Free Lawyers” —".
pub(super) const ASIDE: usize = 40;
/// How long the writer's comment closing a sentence after quoted words may
/// run: "“reckless,” a rare rebuke.".
pub(super) const COMMENT: usize = 6;
/// How many tokens a title in an appositive may run to: "star of
/// television’s “Scandal,”".
pub(super) const TITLE_WORDS: usize = 8;
/// How many tokens a name set off by commas after its description may
/// hold: "The port's leader, James B. Comey Jr., said".
pub(super) const SET_OFF_NAME: usize = 6;
/// How long a signature after a dash may be: "― Ana Ruiz, mayor".
pub(super) const SIGNATURE: usize = 6;
/// A message noun and its addressee before a participle: "a message to
/// supporters saying".
pub(super) const MESSAGE_TO: usize = 4;
/// How far after a cue its quoted object may open: "called the plan, in a
/// speech on Monday, “a disaster”".
pub(super) const QUOTED_OBJECT: usize = 20;
/// How many tokens into the sentence before a pronoun its subject may
/// stand: "Clinton's chief Democratic rival, Sen. Bernie Sanders".
pub(super) const OPENING_SUBJECT: usize = 10;
/// How far back a pronoun looks for its person, in bytes of text: a few
/// paragraphs.
pub(super) const PRONOUN_REACH: usize = 3000;
/// How close the last speaker must be for a pronoun to stay with them, in
/// bytes: a paragraph or two.
pub(super) const LAST_SPEAKER_REACH: usize = 1500;
/// How many findings before a new one can overlap it: findings come in
/// text order, so only the last few can.
pub(super) const OVERLAP_LOOKBACK: usize = 8;
/// How far before a noun phrase a plural subject may stand whose verb
/// follows the phrase: "those who sketched a path to the nomination
/// acknowledge".
pub(super) const SUBJECT_BEFORE_OBJECT: usize = 12;
