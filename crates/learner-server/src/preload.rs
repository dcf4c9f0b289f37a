//! The links a server-drawn element comes after, which fetch its widget's hydrating module as the
//! page is read instead of when the loader asks for it, a round trip or two later.

use crate::element_html::push_attribute;

/// `<link rel="modulepreload">` for `tag`'s hydrating glue and, for a browser that reuses it,
/// `<link rel="preload" as="fetch" crossorigin>` for its wasm (the CORS fetch the loader makes).
/// WebKit (Safari, and every browser on iOS) does not give a preloaded fetch to `fetch()`: it
/// downloads the wasm twice (seen in WebKitGTK, whatever the link's attributes or the response's
/// caching), so for a `user_agent` of WebKit alone the wasm is not preloaded. Without a user agent
/// the wasm is preloaded: Chromium and Firefox use it.
pub fn preload_links(tag: &str, assets: &str, user_agent: Option<&str>) -> String {
    let mut html = String::from("<link rel=\"modulepreload\"");
    push_attribute(&mut html, "href", &format!("{assets}{tag}-hydrate.js"));
    html.push('>');
    if user_agent.is_none_or(reuses_preloaded_fetch) {
        html.push_str("<link rel=\"preload\"");
        push_attribute(&mut html, "href", &format!("{assets}{tag}-hydrate_bg.wasm"));
        html.push_str(" as=\"fetch\" type=\"application/wasm\" crossorigin>");
    }
    html
}

/// Whether the browser named by `user_agent` hands a `<link rel="preload" as="fetch">` to the
/// `fetch()` that asks for the same URL: not WebKit alone (Safari; Chrome, Firefox and Edge on iOS
/// are WebKit too), which names itself `AppleWebKit` without `Chrome/`.
fn reuses_preloaded_fetch(user_agent: &str) -> bool {
    !user_agent.contains("AppleWebKit") || user_agent.contains("Chrome/")
}

#[cfg(test)]
mod tests {
    use super::*;

    const SAFARI: &str = "Mozilla/5.0 (iPad; CPU OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1";
    const CHROME_IOS: &str = "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) CriOS/126.0.6478.54 Mobile/15E148 Safari/604.1";
    const CHROMEBOOK: &str = "Mozilla/5.0 (X11; CrOS x86_64 14541.0.0) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36";
    const FIREFOX: &str =
        "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Firefox/128.0";

    #[test]
    fn webkit_alone_gets_no_wasm_preload() {
        for ua in [SAFARI, CHROME_IOS] {
            let links = preload_links("learner-profile", "/lw/", Some(ua));
            assert_eq!(
                links,
                "<link rel=\"modulepreload\" href=\"/lw/learner-profile-hydrate.js\">"
            );
        }
        for ua in [Some(CHROMEBOOK), Some(FIREFOX), None] {
            let links = preload_links("learner-profile", "/lw/", ua);
            assert!(links.ends_with("<link rel=\"preload\" href=\"/lw/learner-profile-hydrate_bg.wasm\" as=\"fetch\" type=\"application/wasm\" crossorigin>"), "{links}");
        }
    }
}
