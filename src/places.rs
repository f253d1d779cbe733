//! Where the reader left each article, so that reopening it goes back
//! there. Articles are known by a hash of their text; the places are kept
//! in the platform's state folder (`$XDG_STATE_HOME/byline` on Linux, or
//! `BYLINE_STATE_DIR`), written to a temporary file and renamed, so a
//! crash never leaves half a file. A file that cannot be read is ignored
//! with a warning and replaced on the next save.

use std::collections::BTreeMap;
use std::path::PathBuf;

use serde::{Deserialize, Serialize};

/// The most articles remembered; the oldest are forgotten first.
const MAX_PLACES: usize = 1000;
const FILE: &str = "places.json";

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
struct Place {
    /// The text offset at the top of the screen.
    at: usize,
    /// When it was saved, in seconds since 1970, to forget the oldest.
    saved: u64,
    /// Where each bookmarked statement begins.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    marks: Vec<usize>,
}

/// What is remembered of an article.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Remembered {
    /// The text offset at the top of the screen.
    pub at: usize,
    /// Where each bookmarked statement begins.
    pub marks: Vec<usize>,
}

/// The remembered places, read from the state folder.
#[derive(Debug, Default)]
pub struct Places {
    dir: Option<PathBuf>,
    places: BTreeMap<String, Place>,
}

/// An article's key: a hash of its text.
pub fn key(text: &str) -> String {
    format!("{:016x}", crate::lexicon::fnv1a(text.as_bytes()))
}

fn state_dir() -> Option<PathBuf> {
    if let Some(d) = std::env::var_os("BYLINE_STATE_DIR").filter(|d| !d.is_empty()) {
        return Some(PathBuf::from(d));
    }
    let dirs = directories::ProjectDirs::from("", "", "byline")?;
    Some(
        dirs.state_dir()
            .unwrap_or_else(|| dirs.data_local_dir())
            .to_path_buf(),
    )
}

impl Places {
    /// Reads the remembered places; the warning says why they could not be.
    pub fn load() -> (Places, Option<String>) {
        let dir = state_dir();
        let Some(path) = dir.as_ref().map(|d| d.join(FILE)) else {
            return (Places::default(), None);
        };
        let places = match std::fs::read(&path) {
            Ok(bytes) => match serde_json::from_slice(&bytes) {
                Ok(p) => p,
                Err(_) => {
                    let warning = format!(
                        "{}: unreadable, the places read will be kept anew",
                        path.display()
                    );
                    return (
                        Places {
                            dir,
                            places: BTreeMap::new(),
                        },
                        Some(warning),
                    );
                }
            },
            Err(_) => BTreeMap::new(),
        };
        (Places { dir, places }, None)
    }

    /// Where the reader left the article whose text is `text`, and what
    /// was bookmarked in it.
    pub fn get(&self, text: &str) -> Option<Remembered> {
        self.places.get(&key(text)).map(|p| Remembered {
            at: p.at,
            marks: p.marks.clone(),
        })
    }

    /// Remembers the place and bookmarks for the article and writes the file.
    pub fn save(&mut self, text: &str, r: Remembered) -> std::io::Result<()> {
        let saved = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.as_secs());
        let place = Place {
            at: r.at,
            saved,
            marks: r.marks,
        };
        self.places.insert(key(text), place);
        while self.places.len() > MAX_PLACES {
            let oldest = self
                .places
                .iter()
                .min_by_key(|(_, p)| p.saved)
                .map(|(k, _)| k.clone());
            if let Some(k) = oldest {
                self.places.remove(&k);
            }
        }
        let Some(dir) = &self.dir else {
            return Ok(());
        };
        std::fs::create_dir_all(dir)?;
        let tmp = dir.join(format!("{FILE}.{}.tmp", std::process::id()));
        std::fs::write(&tmp, serde_json::to_vec(&self.places)?)?;
        std::fs::rename(&tmp, dir.join(FILE))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn places_are_kept_by_text_and_the_oldest_forgotten() {
        let dir = std::env::temp_dir().join(format!("byline-places-{}", std::process::id()));
        let mut p = Places {
            dir: Some(dir.clone()),
            places: BTreeMap::new(),
        };
        let at = |at| Remembered { at, marks: vec![] };
        p.save(
            "one article",
            Remembered {
                at: 120,
                marks: vec![40, 90],
            },
        )
        .unwrap();
        p.save("another", at(7)).unwrap();
        let read: BTreeMap<String, Place> =
            serde_json::from_slice(&std::fs::read(dir.join(FILE)).unwrap()).unwrap();
        assert_eq!(read.len(), 2);
        assert_eq!(
            p.get("one article"),
            Some(Remembered {
                at: 120,
                marks: vec![40, 90]
            })
        );
        // A file from before bookmarks reads.
        let old: Place = serde_json::from_str(r#"{"at": 5, "saved": 9}"#).unwrap();
        assert!(old.marks.is_empty());
        assert_eq!(p.get("not seen"), None);
        for i in 0..MAX_PLACES + 5 {
            p.places.insert(
                format!("{i}"),
                Place {
                    at: i,
                    saved: i as u64,
                    marks: vec![],
                },
            );
        }
        p.save("latest", at(1)).unwrap();
        assert_eq!(p.places.len(), MAX_PLACES);
        assert_eq!(p.get("latest"), Some(at(1)));
        let _ = std::fs::remove_dir_all(&dir);
    }
}
