//! Noun-phrase grammar: where a speaker phrase begins and ends, counts
//! and shares, and the adverbs and party labels between a speaker and a
//! cue.

use super::*;

/// "he", "she", "they", "it", "we", "I" as written: the subject of a clause.
pub(super) fn is_subject_pronoun(w: &str) -> bool {
    matches!(w, "he" | "she" | "they" | "it" | "we" | "I")
}

/// "him", "her", "them", "us", "me": a pronoun as an object.
pub(super) fn is_object_pronoun(w: &str) -> bool {
    matches!(w, "him" | "her" | "them" | "us" | "me")
}

/// A noun for people, singular or plural: "an expert", "experts say".
pub(super) fn is_person_noun(ctx: &Context, w: &str) -> bool {
    ctx.lex.is(w, WordClass::PersonNoun)
        || w.strip_suffix('s')
            .is_some_and(|one| ctx.lex.is(one, WordClass::PersonNoun))
}

/// A verb of starting or keeping on, before a participle: "began talking",
/// "kept saying".
pub(super) fn is_aspect_verb(w: &str) -> bool {
    matches!(
        w,
        "began" | "begins" | "begin" | "started" | "starts" | "start" | "kept" | "keeps" | "keep"
    )
}

/// A word in -ing long enough not to be "king" or "thing": "saying",
/// "politicizing".
pub(super) fn is_ing_form(w: &str) -> bool {
    w.len() > 4 && w.ends_with("ing")
}

/// A word in -ed long enough not to be "red" or "bed": "announced".
pub(super) fn is_ed_form(w: &str) -> bool {
    w.len() > 4 && w.ends_with("ed")
}

/// The possessive "’s" or "'s", a token of its own.
pub(super) fn is_possessive_mark(t: &str) -> bool {
    matches!(t, "\u{2019}s" | "'s")
}

/// "And", "but", "so", "yet" in any case: a conjunction that may open a
/// sentence before its subject ("And a third, Daniel Traynor, said").
pub(super) fn is_opening_conjunction(w: &str) -> bool {
    with_lower(w, |l| matches!(l, "and" | "but" | "so" | "yet"))
}

/// Token `k` is a count: "40", "four".
pub(super) fn is_count(ctx: &Context, k: usize) -> bool {
    ctx.tokens[k].kind == TokenKind::Number || is_number_word(&lower(ctx.word(k)))
}

/// "one" to "ten", as written.
pub(super) fn is_number_word(w: &str) -> bool {
    matches!(
        w,
        "one" | "two" | "three" | "four" | "five" | "six" | "seven" | "eight" | "nine" | "ten"
    )
}

/// An adverb in -ly between a speaker and a cue: "increasingly worried".
pub(super) fn is_ly_adverb(w: &str) -> bool {
    w.len() > 4
        && w.ends_with("ly")
        && w.chars().next().is_some_and(char::is_lowercase)
        && !matches!(
            w,
            "family" | "rally" | "ally" | "daily" | "weekly" | "monthly" | "assembly" | "supply"
        )
}

/// The start of the noun phrase ending at `end`.
pub(super) fn np_back(ctx: &Context, s0: usize, end: usize) -> usize {
    let mut k = end;
    let limit = end.saturating_sub(NOUN_PHRASE).max(s0);
    while k > limit {
        let t = ctx.tokens[k - 1];
        let w = ctx.tok(k - 1);
        // "four in 10 said", "6 in 10 voters": a share is one count, and
        // opens the phrase ("About four in 10").
        if t.kind == TokenKind::Number
            && k >= s0 + 3
            && ctx.word(k - 2) == "in"
            && is_count(ctx, k - 3)
        {
            k -= 3;
            break;
        }
        // (whether the word belongs to the phrase, whether the phrase starts with it)
        let (ok, first) = with_lower(w, |lw| {
            let ok = match t.kind {
                // A nickname's marks: Thomas “Tip” Olsen.
                // A hyphen standing alone is a dash: "the mosque - which …
                // - Adel Nefzi said", as are two ("-- Trump told").
                TokenKind::Punct if w == "-" && k >= 2 => {
                    let attached = ctx.tokens[k - 2].end() == t.start()
                        || ctx.tokens.get(k).is_some_and(|n| n.start() == t.end());
                    attached && !is_dash(ctx, k - 1) && k - 1 > s0
                }
                TokenKind::Punct => {
                    (matches!(w, "\u{2019}" | "'" | "-" | "." | "&")
                        || is_quote_mark(w) && k >= 2 && ctx.is_cap(k - 2) && ctx.is_cap(k))
                        && k - 1 > s0
                }
                // "63 percent said", "40% of voters said": a share speaks.
                // "the 43-year-old said": a number opening a compound.
                // "1,409 teachers said", "the Nov. 8 election": a count or
                // a day opening a noun.
                TokenKind::Number => {
                    let year = w.len() == 4 && (w.starts_with("19") || w.starts_with("20"));
                    matches!(ctx.tok_or(k), "percent" | "%" | "-")
                        || !year
                            && k < end
                            && ctx.tokens[k].kind == TokenKind::Word
                            && !ctx.is_cap(k)
                            && !ctx.lex.is(ctx.word(k), WordClass::NpBreak)
                }
                TokenKind::Word => {
                    // The cheap tests first: most words are refused by none.
                    // "the email said", "the secretary of state said": a cue
                    // word after a determiner is a noun.
                    // "protest leaders said": a cue word as a noun
                    // before the head is a modifier.
                    let modifier = || {
                        k < end
                            && ctx.tokens[k].kind == TokenKind::Word
                            && !ctx.is_cap(k)
                            && !(lw.ends_with("ed") || lw.ends_with("ing") || lw.ends_with('s'))
                    };
                    let not_a_verb = || {
                        ctx.is_cap(k - 1)
                            || !ctx.lex.is_cue(lw)
                            || modifier()
                            || k >= 2 && noun_before(&lower(ctx.word(k - 2)))
                    };
                    // "he didn't", "you can't": a verb, not the phrase.
                    let negation = lw.ends_with("n't") || lw.ends_with("n’t");
                    // "the May 8 vote": a month, not the verb.
                    let month = ctx.is_cap(k - 1) && ctx.lex.month(w).is_some();
                    !(ctx.lex.is(lw, WordClass::NpBreak) && !month
                        || ctx.lex.is(lw, WordClass::TimeWord)
                        || negation)
                        && not_a_verb()
                        || lw == "’s"
                        || lw == "'s"
                }
            };
            // "Jill A. Martin": an initial, not the article.
            let initial = w.len() == 1 && ctx.is_cap(k - 1) && ctx.tok_or(k) == ".";
            let first = !initial
                && matches!(
                    lw,
                    "a" | "an" | "the" | "he" | "she" | "they" | "it" | "we" | "i"
                );
            (ok, first)
        });
        if !ok {
            break;
        }
        k -= 1;
        if first {
            break;
        }
    }
    // A phrase never starts on punctuation.
    while k < end && ctx.tokens[k].kind == TokenKind::Punct {
        k += 1;
    }
    // "Critics of the plan", "a spokeswoman for the ministry": the head
    // noun before a prepositional phrase.
    if k < end
        && k >= s0 + 2
        && matches!(
            ctx.word(k - 1),
            "of" | "for" | "at" | "from" | "in" | "with"
        )
        && ctx.tokens[k - 2].kind == TokenKind::Word
        && !ctx.lex.is(&lower(ctx.word(k - 2)), WordClass::NpBreak)
        && !is_time_word(ctx, ctx.word(k - 2))
    {
        let head = np_back(ctx, s0, k - 1);
        if head < k - 1 {
            return head;
        }
    }
    // "a source familiar with the matter", "an aide close to the senator":
    // the head noun before an adjective and its complement.
    if k < end
        && k >= s0 + 3
        && matches!(ctx.word(k - 1), "with" | "to" | "about" | "on")
        && ctx.lex.is(&lower(ctx.word(k - 2)), WordClass::Postmodifier)
    {
        let head = np_back(ctx, s0, k - 2);
        if head < k - 2 {
            return head;
        }
    }
    k
}

/// The noun phrase starting at `a` (after an inverted cue): "Andy Tsang
/// Wai-hung", "the minister", "a spokeswoman for the ministry".
pub(super) fn noun_phrase_forward(ctx: &Context, a: usize, s1: usize) -> usize {
    // "said Tuesday", "said on Twitter": a time or place, not a speaker;
    // "said of Cruz", "said dryly": an adjunct or a manner.
    let first = lower(ctx.word(a));
    if is_time_word(ctx, &first)
        || matches!(first.as_ref(), "during" | "last" | "this")
        || ctx.lex.is(&first, WordClass::NoSpeakerOpener)
        || is_ly_adverb(ctx.word(a))
    {
        return a;
    }
    let mut k = a;
    while k < s1 && k < a + 8 {
        let t = ctx.tokens[k];
        let w = lower(ctx.tok(k));
        let ok = match t.kind {
            // "9/11 widow Terry Strada": a slash between numbers.
            TokenKind::Punct => {
                matches!(ctx.tok(k), "-" | "\u{2019}" | "'" | ".")
                    || ctx.tok(k) == "/"
                        && k > a
                        && ctx.tokens[k - 1].kind == TokenKind::Number
                        && ctx
                            .tokens
                            .get(k + 1)
                            .is_some_and(|n| n.kind == TokenKind::Number)
            }
            // "9/11 widow Terry Strada", "a 2008 Clinton veteran", "the
            // 46-year-old": a number that a word or a hyphen follows.
            TokenKind::Number => {
                // "Fox News 6", "Channel 4": a station's number is part of its name.
                k > a && ctx.is_cap(k - 1) && ctx.tok(k).len() <= 2
                    || (k == a
                        || ctx.tok(k - 1) == "/"
                        || ctx.lex.is(&lower(ctx.word(k - 1)), WordClass::Determiner))
                        && ctx.tokens.get(k + 1).is_some_and(|n| {
                            n.kind == TokenKind::Word || matches!(ctx.tok(k + 1), "-" | "/")
                        })
            }
            // "said the event brought back memories": a verb ends the
            // phrase, which is then a clause's subject.
            TokenKind::Word => {
                k == a
                    || !(ctx.lex.is(&w, WordClass::NpBreak)
                        || ctx.lex.is(&w, WordClass::PastVerb)
                        || ctx.lex.is(&w, WordClass::Auxiliary))
                    || w == "for"
                    || w == "of"
            }
        };
        if !ok {
            break;
        }
        k += 1;
    }
    while k > a && ctx.tokens[k - 1].kind == TokenKind::Punct {
        k -= 1;
    }
    k
}

/// Past a party label after a name, "(D-S.C.)" or "(R)": where the label
/// ends, or `k` when there is none.
pub(super) fn party_label_end(ctx: &Context, k: usize, s1: usize) -> usize {
    if ctx.tok_or(k) != "(" {
        return k;
    }
    (k + 1..s1.min(k + PARTY_LABEL))
        .find(|&j| ctx.tok(j) == ")")
        .map_or(k, |j| j + 1)
}
