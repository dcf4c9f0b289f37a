//! The path of the JSON value at a position in the text (`dimensions[1].value`), so that serde's
//! errors, which give a line and column, can name the field. A small scanner instead of a
//! path-tracking deserializer: it keeps every document type's parsing code out of a second,
//! wrapped copy, which every student would otherwise download.

/// One open container on the way to the position.
enum Frame {
    Object {
        key: Option<String>,
        expecting_key: bool,
    },
    Array {
        index: usize,
    },
}

/// The path of the innermost value being read at 1-based `line` and `column` (serde_json counts
/// columns in bytes consumed on that line). Empty at the top level.
pub fn path_at(text: &str, line: usize, column: usize) -> String {
    let line_start: usize = text
        .split_inclusive('\n')
        .take(line.saturating_sub(1))
        .map(str::len)
        .sum();
    let end = (line_start + column).min(text.len());
    let mut stack: Vec<Frame> = Vec::new();
    let mut in_string = false;
    let mut escaped = false;
    let mut string = String::new();
    for (at, c) in text.char_indices() {
        if at >= end {
            break;
        }
        if in_string {
            match (escaped, c) {
                (true, _) => {
                    escaped = false;
                    string.push(c);
                }
                (false, '\\') => escaped = true,
                (false, '"') => {
                    in_string = false;
                    if let Some(Frame::Object {
                        key,
                        expecting_key: true,
                    }) = stack.last_mut()
                    {
                        *key = Some(std::mem::take(&mut string));
                    }
                }
                (false, _) => string.push(c),
            }
            continue;
        }
        match c {
            '"' => {
                in_string = true;
                string.clear();
            }
            '{' => stack.push(Frame::Object {
                key: None,
                expecting_key: true,
            }),
            '[' => stack.push(Frame::Array { index: 0 }),
            '}' | ']' => {
                stack.pop();
            }
            ':' => {
                if let Some(Frame::Object { expecting_key, .. }) = stack.last_mut() {
                    *expecting_key = false;
                }
            }
            ',' => match stack.last_mut() {
                Some(Frame::Array { index }) => *index += 1,
                Some(Frame::Object { expecting_key, .. }) => *expecting_key = true,
                None => {}
            },
            _ => {}
        }
    }
    let mut path = String::new();
    for frame in &stack {
        match frame {
            Frame::Object { key: Some(key), .. } => {
                if !path.is_empty() {
                    path.push('.');
                }
                path.push_str(key);
            }
            Frame::Object { key: None, .. } => {}
            Frame::Array { index } => path.push_str(&format!("[{index}]")),
        }
    }
    path
}

#[cfg(test)]
mod tests {
    use super::path_at;

    fn at_end_of(prefix: &str) -> String {
        path_at(prefix, 1, prefix.len())
    }

    #[test]
    fn a_value_in_an_array_of_objects() {
        assert_eq!(
            at_end_of(r#"{"dims":[{"id":"a","value":1},{"id":"b","value":"high""#),
            "dims[1].value"
        );
    }

    #[test]
    fn a_closed_object_names_itself() {
        assert_eq!(at_end_of(r#"{"dims":[{"id":"a"}"#), "dims[0]");
    }

    #[test]
    fn a_value_not_yet_read_names_its_key() {
        assert_eq!(at_end_of(r#"{"dims":"#), "dims");
        assert_eq!(at_end_of(r#"{"a":{"b":[1,2,"#), "a.b[2]");
    }

    #[test]
    fn escaped_quotes_and_brackets_in_strings_are_text() {
        assert_eq!(at_end_of(r#"{"x":"a \"}] b","y":[{"z":1"#), "y[0].z");
    }

    #[test]
    fn lines_and_columns_count_from_one() {
        let text = "{\n  \"a\": [\n    1,\n    \"two\"";
        assert_eq!(path_at(text, 4, 9), "a[1]");
    }

    #[test]
    fn top_level_is_empty() {
        assert_eq!(path_at("[1,2]", 1, 5), "");
        assert_eq!(path_at("", 3, 3), "");
    }
}
