//! The loader's `MODULES` table (in `learner-widgets.js`, between the marks): for each element, its
//! module's files, the wasm class that does its work, the attributes it acts on at once and the
//! methods it hands to that class. Written into the loader itself rather than a module it imports,
//! which would be one more request before any widget can start.

use super::description::{Api, HasName};

pub const BEGIN: &str = "// <cargo xtask api: MODULES>";
pub const END: &str = "// </cargo xtask api: MODULES>";

/// The table, marks included.
pub fn render(api: &Api) -> String {
    /// `'a', 'b'`.
    fn list<'a>(names: impl Iterator<Item = &'a str>) -> String {
        names
            .map(|n| format!("'{n}'"))
            .collect::<Vec<_>>()
            .join(", ")
    }
    let mut out = format!("{BEGIN}\nconst MODULES = {{\n");
    for element in &api.elements {
        let tag = &element.tag;
        let items = &element.items;
        let observed = list(
            items
                .attributes
                .iter()
                .filter(|a| a.observed)
                .map(HasName::name),
        );
        let updates = list(items.methods.iter().filter(|m| m.update).map(HasName::name));
        out.push_str(&format!(
            "  '{tag}': {{\n    \
             glue: () => import('./{tag}.js'),\n    \
             wasm: () => new URL('./{tag}_bg.wasm', import.meta.url),\n    \
             hydrating: {{\n      \
             glue: () => import('./{tag}-hydrate.js'),\n      \
             wasm: () => new URL('./{tag}-hydrate_bg.wasm', import.meta.url),\n    \
             }},\n    \
             core: '{}',\n    \
             observed: [{}],\n    \
             updates: [{}],\n  \
             }},\n",
            element.core, observed, updates,
        ));
    }
    out.push_str("};\n");
    out.push_str(END);
    out
}
