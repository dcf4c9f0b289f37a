//! Whether a text is an absolute URI (RFC 3986), as the credentials' JSON Schemas' `uri` format
//! asks: a scheme, a colon, then only characters a URI may hold, each `%` starting an escape.

/// `https://…`, `urn:uuid:…`, `did:web:…`: a scheme then URI characters, nothing else.
pub fn is_uri(text: &str) -> bool {
    let Some((scheme, rest)) = text.split_once(':') else {
        return false;
    };
    let mut scheme_chars = scheme.chars();
    let scheme_ok = scheme_chars.next().is_some_and(|c| c.is_ascii_alphabetic())
        && scheme_chars.all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.'));
    scheme_ok && !rest.is_empty() && escapes_ok(rest) && rest.chars().all(uri_char)
}

/// Characters RFC 3986 allows in a URI after its scheme (unreserved, reserved and `%`).
fn uri_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || "-._~:/?#[]@!$&'()*+,;=%".contains(c)
}

/// Every `%` is followed by two hexadecimal digits.
fn escapes_ok(text: &str) -> bool {
    text.split('%').skip(1).all(|after| {
        let mut digits = after.chars();
        digits.next().is_some_and(|c| c.is_ascii_hexdigit())
            && digits.next().is_some_and(|c| c.is_ascii_hexdigit())
    })
}

#[cfg(test)]
mod tests {
    use super::is_uri;

    #[test]
    fn absolute_uris_pass_and_others_do_not() {
        for good in [
            "https://case.example.org/uri/6b9b0c7e-d7cc-11e8-824f-0242ac160002",
            "urn:uuid:a7467ef6-56cb-11ec-bf63-0242ac130002",
            "did:web:school.example.org",
            "https://example.org/a%20b?x=1#y",
        ] {
            assert!(is_uri(good), "{good}");
        }
        for bad in [
            "",
            "6.RP.A.1",
            "https:",
            "1http://x",
            "https://example.org/a b",
            "https://example.org/%zz",
            "https://example.org/é",
            "https://example.org/<x>",
        ] {
            assert!(!is_uri(bad), "{bad}");
        }
    }
}
