//! What each action does to the state, and which action an event is.

use super::*;

/// Applies one action to the state.
pub fn update(app: &mut App, action: Action) {
    app.message = None;
    if let Action::Resize(w, h) = action {
        app.resize(w, h);
        return;
    }
    if matches!(action, Action::Interrupt) {
        app.quit = true;
        app.interrupted = true;
        return;
    }
    if let Mode::Help { scroll } = app.mode {
        let max = app.keymap.bindings().len().saturating_sub(1);
        app.mode = match action {
            // As in less, q closes the help; Ctrl-C still quits.
            Action::Quit => Mode::Reading,
            Action::Down | Action::HalfPageDown | Action::PageDown => Mode::Help {
                scroll: (scroll + 1).min(max),
            },
            Action::Scroll { lines, .. } => Mode::Help {
                scroll: scroll.saturating_add_signed(lines.into()).min(max),
            },
            Action::Up | Action::HalfPageUp | Action::PageUp => Mode::Help {
                scroll: scroll.saturating_sub(1),
            },
            _ => Mode::Reading,
        };
        return;
    }
    let pane = app.focus;
    match action {
        Action::Quit => app.quit = true,
        Action::NextArticle | Action::PrevArticle => {
            let (at, of) = app.article;
            let step = if action == Action::NextArticle {
                Step::Next
            } else {
                Step::Prev
            };
            app.request = match step {
                _ if of < 2 => {
                    app.message = Some("only one article is open".to_string());
                    None
                }
                Step::Next if at == of => {
                    app.message = Some("this is the last article".to_string());
                    None
                }
                Step::Prev if at == 1 => {
                    app.message = Some("this is the first article".to_string());
                    None
                }
                _ => Some(Request::Article(step)),
            };
        }
        Action::FilterSpeaker => {
            if let QuoteFilter::Speaker(_) = app.quote_filter {
                app.quote_filter = QuoteFilter::Everyone;
            } else {
                // The name under the cursor, or the speaker of the
                // quotation under it.
                let from_names = (app.focus == Pane::Entities)
                    .then(|| app.entity_at(app.names.cursor.selected))
                    .flatten();
                let from_quote = app
                    .quote_under_cursor()
                    .and_then(|q| app.doc.analysis.quotes.get(q))
                    .and_then(|q| q.speaker_entity());
                match from_names.or(from_quote) {
                    Some(e) if app.quoted.get(e).copied().unwrap_or(0) > 0 => {
                        app.quote_filter = QuoteFilter::Speaker(e);
                    }
                    Some(_) => {
                        app.message = Some("no quotations by this name".to_string());
                        return;
                    }
                    None => {
                        app.message = Some("select a name first (Tab, then j/k)".to_string());
                        return;
                    }
                }
            }
            app.refilter_quotes();
        }
        Action::Bookmark => app.toggle_bookmark(),
        Action::Bookmarks => app.toggle_bookmarks_view(),
        Action::Export => {
            use crate::tables::Table;
            app.request = Some(Request::Export(match app.focus {
                Pane::Entities => Table::Names,
                Pane::Figures => Table::Figures,
                _ => Table::Quotes,
            }));
        }
        Action::Zoom => {
            app.zoom = !app.zoom;
            if app.zoom {
                app.focus = Pane::Article;
            }
            // The text's width changes: wrap it again, keeping the place.
            app.resize(app.width, app.height);
        }
        Action::Copy => match app.quote.and_then(|q| app.doc.analysis.quotes.get(q)) {
            Some(q) => {
                let art = &app.doc.article;
                let mut out = format!(
                    "{}\n― {}",
                    &art.text[q.span.clone()],
                    q.speaker.as_deref().unwrap_or("speaker not found")
                );
                let source = [
                    art.title_text().map(|t| format!("“{t}”")),
                    art.source.as_ref().map(|s| s.name.clone()),
                    art.published.clone(),
                    art.url.clone(),
                ];
                let source: Vec<String> = source.into_iter().flatten().collect();
                if !source.is_empty() {
                    out.push_str(&format!(", in {}", source.join(", ")));
                }
                app.request = Some(Request::Copy(out));
                app.message = Some("quotation copied".to_string());
            }
            None => app.message = Some("no quotation under the cursor: press ] first".to_string()),
        },
        Action::Links => {
            if app.doc.article.links.is_empty() {
                app.message = Some("this article has no links".to_string());
            } else {
                app.focus = Pane::Links;
                app.show_list(Pane::Links);
                app.keep_visible(Pane::Links);
            }
        }
        Action::Back => {
            if app.can_go_back {
                app.request = Some(Request::Back);
            } else {
                app.message = Some("no page to go back to".to_string());
            }
        }
        Action::FocusNext | Action::FocusPrev => {
            // The links come round only in an article that has some.
            let all = [
                Pane::Article,
                Pane::Entities,
                Pane::Quotes,
                Pane::Figures,
                Pane::Links,
            ];
            let n = if app.doc.article.links.is_empty() {
                4
            } else {
                5
            };
            let order = &all[..n];
            let at = order.iter().position(|&p| p == app.focus).unwrap_or(0);
            let step = if action == Action::FocusNext {
                1
            } else {
                n - 1
            };
            app.focus = order[(at + step) % n];
            if app.focus != Pane::Article {
                app.show_list(app.focus);
                app.keep_visible(app.focus);
            }
        }
        Action::Down => app.move_by(pane, 1),
        Action::Up => app.move_by(pane, -1),
        Action::HalfPageDown => app.move_by(pane, (app.page_of(pane) / 2).max(1)),
        Action::HalfPageUp => app.move_by(pane, -(app.page_of(pane) / 2).max(1)),
        Action::PageDown => app.move_by(pane, app.page_of(pane)),
        Action::PageUp => app.move_by(pane, -app.page_of(pane)),
        Action::Top => app.move_by(pane, isize::MIN / 2),
        Action::Bottom => app.move_by(pane, isize::MAX / 2),
        Action::Select => app.select(pane),
        Action::NextMention | Action::PrevMention => {
            let forward = action == Action::NextMention;
            if app.search.active() {
                app.step_match(forward);
            } else {
                app.step_mention(forward);
            }
        }
        Action::NextQuote => app.step_quote(true, false),
        Action::PrevQuote => app.step_quote(false, false),
        Action::NextSameSpeaker => app.step_quote(true, true),
        Action::PrevSameSpeaker => app.step_quote(false, true),
        Action::Search => {
            app.search.start();
            app.mode = Mode::Searching;
            app.search.began_at = Some(app.top);
        }
        Action::SearchChar(c) => {
            app.search.query.push(c);
            app.search_changed();
        }
        Action::SearchBackspace => {
            app.search.query.pop();
            app.search_changed();
        }
        Action::SearchSubmit => {
            app.mode = Mode::Reading;
            if app.search.query.is_empty() {
                app.search.clear();
            } else if app.search.matches.is_empty() {
                app.message = Some(format!("not found: {}", app.search.query));
            }
        }
        Action::Cancel => {
            if app.mode == Mode::Searching || !app.search.query.is_empty() {
                // Back to where the search began, as in less.
                if app.mode == Mode::Searching
                    && let Some(top) = app.search.began_at
                {
                    app.top = top.min(app.max_top());
                }
                app.search.clear();
                app.mode = Mode::Reading;
                if app.last == Focus::Match {
                    app.last = Focus::None;
                }
            } else {
                app.chosen = None;
                app.quote = None;
                app.last = Focus::None;
            }
            app.mark = None;
        }
        Action::Help => app.mode = Mode::Help { scroll: 0 },
        Action::Scroll { col, row, lines } => {
            if let Some((p, _)) = app.pane_at(col, row) {
                app.move_by(p, isize::from(lines));
            }
        }
        Action::Click { col, row } => {
            if let Some((p, rect)) = app.pane_at(col, row) {
                app.focus = p;
                if p != Pane::Article {
                    app.show_list(p);
                    let inner = Screen::list_inner(rect, app.screen().wide());
                    if row >= inner.y {
                        let i = app.cursor_mut(p).offset + usize::from(row - inner.y);
                        if i < app.list_len(p) {
                            app.cursor_mut(p).selected = i;
                            app.select(p);
                        }
                    }
                }
            }
        }
        Action::Interrupt | Action::Resize(..) => {}
    }
}

/// The action for a terminal event, given the state (typing a search takes
/// every printable key).
pub fn action_for(app: &App, event: &Event) -> Option<Action> {
    match event {
        Event::Key(key) if key.kind != KeyEventKind::Release => {
            if key.code == KeyCode::Char('c') && key.modifiers.contains(KeyModifiers::CONTROL) {
                return Some(Action::Interrupt);
            }
            if app.mode == Mode::Searching {
                return match key.code {
                    KeyCode::Esc => Some(Action::Cancel),
                    KeyCode::Enter => Some(Action::SearchSubmit),
                    KeyCode::Backspace => Some(Action::SearchBackspace),
                    KeyCode::Char(c)
                        if !key
                            .modifiers
                            .intersects(KeyModifiers::CONTROL | KeyModifiers::ALT) =>
                    {
                        Some(Action::SearchChar(c))
                    }
                    _ => None,
                };
            }
            app.keymap.lookup(key)
        }
        Event::Mouse(m) => match m.kind {
            MouseEventKind::ScrollDown => Some(Action::Scroll {
                col: m.column,
                row: m.row,
                lines: 3,
            }),
            MouseEventKind::ScrollUp => Some(Action::Scroll {
                col: m.column,
                row: m.row,
                lines: -3,
            }),
            MouseEventKind::Down(MouseButton::Left) => Some(Action::Click {
                col: m.column,
                row: m.row,
            }),
            _ => None,
        },
        Event::Resize(w, h) => Some(Action::Resize(*w, *h)),
        _ => None,
    }
}
