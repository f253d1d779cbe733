//! Values kept once however often an article repeats them: speakers' names,
//! roles, figures' labels. A figure-dense article repeats "million" and a
//! much-quoted one a speaker's name thousands of times.

use std::borrow::Borrow;
use std::collections::HashSet;
use std::hash::Hash;
use std::sync::Arc;

pub struct Shared<T: ?Sized>(HashSet<Arc<T>>);

impl<T: ?Sized> Default for Shared<T> {
    fn default() -> Self {
        Shared(HashSet::new())
    }
}

impl<T: ?Sized + Hash + Eq> Shared<T> {
    /// The one copy of `value`, kept from now on if it is new.
    pub fn get<V: Borrow<T> + Into<Arc<T>>>(&mut self, value: V) -> Arc<T> {
        if let Some(known) = self.0.get(value.borrow()) {
            return Arc::clone(known);
        }
        let value: Arc<T> = value.into();
        self.0.insert(Arc::clone(&value));
        value
    }
}

#[cfg(test)]
mod tests {
    use super::Shared;
    use std::sync::Arc;

    #[test]
    fn equal_values_share_one_copy() {
        let mut names: Shared<str> = Shared::default();
        let a = names.get("Ana Ruiz".to_string());
        let b = names.get("Ana Ruiz".to_string());
        let c = names.get("Karl Obi".to_string());
        assert!(Arc::ptr_eq(&a, &b));
        assert!(!Arc::ptr_eq(&a, &c));
    }
}
