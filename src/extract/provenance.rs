//! Provenance: where each typed value of a record was read.
//!
//! Extractors record, as they make a value, the input lines it came from under
//! the value's JSON pointer (`/position/title`, `/responsibilities/3/kpi`). A
//! structured value read as a whole (a salary, an education, a target list) is
//! recorded with [`Provenance::value`], which gives each of its non-null leaves
//! the same lines; [`Provenance::reading`] records what reading one requirement
//! line added to the qualifications. [`Provenance::finish`] then gives every object inside a list
//! (a duty, an objective) and every nested object (a salary) the union of its
//! parts' lines, and returns the map the record carries.

use std::collections::BTreeMap;

use serde::Serialize;

use super::Facts;
use crate::lexicon::FieldKey;
use crate::model::Qualifications;
use crate::normalize::Line;

/// JSON pointer → input lines (1-based, ascending, no repeats).
#[derive(Debug, Default)]
pub struct Provenance {
    map: BTreeMap<String, Vec<usize>>,
}

impl Provenance {
    /// Records that the value at `pointer` was read from `lines` (added to any
    /// lines it already has).
    pub fn add(&mut self, pointer: impl Into<String>, lines: impl IntoIterator<Item = usize>) {
        let mut lines = lines.into_iter().peekable();
        if lines.peek().is_none() {
            return;
        }
        let entry = self.map.entry(pointer.into()).or_default();
        entry.extend(lines);
        entry.sort_unstable();
        entry.dedup();
    }

    /// Records that the value at `pointer` was read from `line`.
    pub fn line(&mut self, pointer: impl Into<String>, line: Line<'_>) {
        self.add(pointer, line.nos());
    }

    /// A value found on a line, recorded at `pointer` (each of its leaves, when
    /// it is structured); the value is passed on.
    pub fn found<T: Serialize>(
        &mut self,
        pointer: &str,
        found: Option<(T, Line<'_>)>,
    ) -> Option<T> {
        let (value, line) = found?;
        self.value(pointer, &value, &line.nos());
        Some(value)
    }

    /// [`Provenance::found`] for a value that replaces the one at `pointer`:
    /// the lines of the old value (and of its parts) are forgotten.
    pub fn replace<T: Serialize>(
        &mut self,
        pointer: &str,
        found: Option<(T, Line<'_>)>,
    ) -> Option<T> {
        let below = format!("{pointer}/");
        self.map
            .retain(|key, _| key != pointer && !key.starts_with(&below));
        self.found(pointer, found)
    }

    /// Extends the list at `pointer` with the items `read` makes, taking the
    /// entries it records (their pointers start at the index among its own items,
    /// `/0/name`).
    pub fn extend<T>(
        &mut self,
        list: &mut Vec<T>,
        pointer: &str,
        read: impl FnOnce(&mut Provenance) -> Vec<T>,
    ) {
        let mut inner = Provenance::default();
        let base = list.len();
        list.extend(read(&mut inner));
        self.nest(pointer, base, inner);
    }

    /// Records a value read as a whole from `lines`: `pointer` itself when it is
    /// a scalar, else each of its non-null leaves.
    pub fn value<T: Serialize>(&mut self, pointer: &str, value: &T, lines: &[usize]) {
        let json = serde_json::to_value(value).unwrap_or_default();
        self.leaves(pointer.to_string(), &json, lines);
    }

    fn leaves(&mut self, pointer: String, json: &serde_json::Value, lines: &[usize]) {
        match json {
            serde_json::Value::Null => {}
            serde_json::Value::Object(map) => {
                for (key, v) in map {
                    self.leaves(format!("{pointer}/{key}"), v, lines);
                }
            }
            serde_json::Value::Array(items) => {
                for (i, v) in items.iter().enumerate() {
                    self.leaves(format!("{pointer}/{i}"), v, lines);
                }
            }
            _ => self.add(pointer, lines.iter().copied()),
        }
    }

    /// Records the items of a list at `pointer/0`, `pointer/1`, … and returns
    /// the list.
    pub fn list(&mut self, pointer: &str, items: Vec<(String, usize)>) -> Vec<String> {
        items
            .into_iter()
            .enumerate()
            .map(|(i, (item, line))| {
                self.add(format!("{pointer}/{i}"), [line]);
                item
            })
            .collect()
    }

    /// Takes the entries of `inner`, whose pointers start at a list index
    /// (`/3/name`), into the list at `pointer` whose first `base` items came
    /// before them.
    pub fn nest(&mut self, pointer: &str, base: usize, inner: Provenance) {
        for (key, lines) in inner.map {
            let rest = key.strip_prefix('/').unwrap_or(&key);
            let (index, tail) = rest.split_once('/').map_or((rest, ""), |(i, t)| (i, t));
            let moved = match index.parse::<usize>() {
                Ok(i) if tail.is_empty() => format!("{pointer}/{}", base + i),
                Ok(i) => format!("{pointer}/{}/{tail}", base + i),
                Err(_) => format!("{pointer}{key}"),
            };
            self.add(moved, lines);
        }
    }

    /// Moves the entry at `from` to `to` (a value that changed its place).
    pub fn rename(&mut self, from: &str, to: &str) {
        if let Some(lines) = self.map.remove(from) {
            self.add(to, lines);
        }
    }

    /// Runs `read` on the qualifications and records `line` for what it gave:
    /// each value it set or changed, each item it added to a list. A requirement
    /// line fills many values in many places; measuring what reading it gave keeps
    /// the line reader as it is, and stays right when it learns to read more.
    pub fn reading(
        &mut self,
        q: &mut Qualifications,
        line: Line<'_>,
        read: impl FnOnce(&mut Qualifications),
    ) {
        let education = q.education.clone();
        let experience = q.experience.clone();
        let age = q.age.clone();
        let physical = q.physical.clone();
        let lens = lists(q).map(|(_, list)| list.len());
        read(q);
        self.changed("/qualifications/education", education, &q.education, line);
        self.changed(
            "/qualifications/experience",
            experience,
            &q.experience,
            line,
        );
        match (&age, &q.age) {
            // A bound added to a range asked in two clauses: its line joins the range's.
            (Some(b), Some(a)) if b != a && (b.min == a.min || b.max == a.max) => {
                let leaf = if b.min == a.min { "max" } else { "min" };
                self.line(format!("/qualifications/age/{leaf}"), line);
            }
            _ => self.changed("/qualifications/age", age, &q.age, line),
        }
        self.changed("/qualifications/physical", physical, &q.physical, line);
        for ((name, list), len) in lists(q).into_iter().zip(lens) {
            for i in len..list.len() {
                self.line(format!("/qualifications/{name}/{i}"), line);
            }
        }
    }

    /// Records `line` for the value at `pointer` when it is no longer `before`.
    fn changed<T>(&mut self, pointer: &str, before: Option<T>, after: &Option<T>, line: Line<'_>)
    where
        T: Serialize + Clone + PartialEq,
    {
        if before != *after {
            self.replace(pointer, after.clone().map(|v| (v, line)));
        }
    }

    /// The entry at `pointer`, if any.
    pub fn get(&self, pointer: &str) -> Option<&[usize]> {
        self.map.get(pointer).map(Vec::as_slice)
    }

    /// The map a record carries: every object inside a list, and every object
    /// below a top-level one, gets the union of its parts' lines.
    pub fn finish(mut self) -> BTreeMap<String, Vec<usize>> {
        let mut wholes: Vec<(String, Vec<usize>)> = Vec::new();
        for (key, lines) in &self.map {
            for whole in objects_above(key) {
                wholes.push((whole.to_string(), lines.clone()));
            }
        }
        for (whole, lines) in wholes {
            self.add(whole, lines);
        }
        self.map
    }
}

/// The lists of the qualifications, by name.
fn lists(q: &Qualifications) -> [(&'static str, &Vec<String>); 6] {
    [
        ("majors", &q.majors),
        ("certificates", &q.certificates),
        ("skills", &q.skills),
        ("languages", &q.languages),
        ("traits", &q.traits),
        ("other", &q.other),
    ]
}

/// The objects that hold the value at `pointer`, below the top level: a prefix of
/// at least two segments followed by a name, not an index (`/responsibilities/0`
/// of `/responsibilities/0/subitems/1`, but not `/responsibilities/0/subitems`).
fn objects_above(pointer: &str) -> Vec<&str> {
    let ends: Vec<usize> = pointer.match_indices('/').map(|(i, _)| i).collect();
    ends.iter()
        .enumerate()
        .skip(2)
        .filter(|&(k, &at)| {
            let next = &pointer[at + 1..ends.get(k + 1).copied().unwrap_or(pointer.len())];
            next.parse::<usize>().is_err()
        })
        .map(|(_, &at)| &pointer[..at])
        .collect()
}

impl<'s, 'a> Facts<'s, 'a> {
    /// [`Facts::text`], its line recorded at `pointer`.
    pub fn text_at(&self, key: FieldKey, p: &mut Provenance, pointer: &str) -> Option<String> {
        let text = self.text(key)?;
        p.line(pointer, self.first(key)?.value);
        Some(text)
    }

    /// [`Facts::text_some`], its line recorded at `pointer`.
    pub fn text_some_at(&self, key: FieldKey, p: &mut Provenance, pointer: &str) -> Option<String> {
        let text = self.text_some(key)?;
        p.line(pointer, self.first(key)?.value);
        Some(text)
    }

    /// [`Facts::list`], the line of every item recorded under `pointer`.
    pub fn list_at(&self, key: FieldKey, p: &mut Provenance, pointer: &str) -> Vec<String> {
        let Some(no) = self.first(key).map(|f| f.value.no) else {
            return Vec::new();
        };
        p.list(
            pointer,
            self.list(key).into_iter().map(|i| (i, no)).collect(),
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn should_give_list_items_and_nested_objects_their_parts_lines() {
        let mut p = Provenance::default();
        p.add("/position/title", [3]);
        let mut duties = Provenance::default();
        duties.add("/0/description", [13, 12]);
        duties.add("/0/subitems/1", [14]);
        duties.add("/1", [20]);
        p.nest("/responsibilities", 2, duties);
        p.add("/position/salary/min", [7]);
        let map = p.finish();
        let want: BTreeMap<String, Vec<usize>> = [
            ("/position/salary", vec![7]),
            ("/position/salary/min", vec![7]),
            ("/position/title", vec![3]),
            ("/responsibilities/2", vec![12, 13, 14]),
            ("/responsibilities/2/description", vec![12, 13]),
            ("/responsibilities/2/subitems/1", vec![14]),
            ("/responsibilities/3", vec![20]),
        ]
        .into_iter()
        .map(|(k, v)| (k.to_string(), v))
        .collect();
        assert_eq!(map, want);
    }

    #[test]
    fn should_record_each_leaf_of_a_structured_value() {
        let mut p = Provenance::default();
        let age = crate::model::Age {
            min: Some(18),
            max: None,
        };
        p.value("/qualifications/age", &age, &[9]);
        assert_eq!(p.get("/qualifications/age/min"), Some(&[9][..]));
        assert_eq!(p.get("/qualifications/age/max"), None);
    }
}
