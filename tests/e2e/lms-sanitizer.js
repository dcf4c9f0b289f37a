// What a learning platform's rich-text editor keeps of pasted HTML, for the embed builder's tests.
// Canvas's allowlist, as in instructure/canvas-lms gems/canvas_sanitize/lib/canvas_sanitize/
// canvas_sanitize.rb (the `SANITIZE` config of the Ruby `sanitize` gem), applied with the npm
// package sanitize-html: scripts and their contents go, every `data-*`, `allow` or event handler
// attribute goes, an iframe keeps only `src`, `width`, `height`, `name`, `align`, `frameborder`,
// `scrolling`, `sandbox`, `allowfullscreen` and the common `style`, `class`, `id`, `title`, `lang`,
// `dir` and `aria-*`, and a style only Canvas's listed properties.
import sanitizeHtml from 'sanitize-html';

const COMMON = ['style', 'class', 'id', 'title', 'role', 'lang', 'dir', 'aria-*'];
const STYLE_PROPERTIES = ['background', 'border', 'clear', 'color', 'cursor', 'direction', 'display',
  'float', 'font', 'height', 'left', 'line-height', 'list-style', 'margin', 'max-height', 'max-width',
  'min-height', 'min-width', 'overflow', 'overflow-x', 'overflow-y', 'padding', 'position', 'right',
  'text-align', 'table-layout', 'text-decoration', 'text-indent', 'top', 'vertical-align',
  'visibility', 'white-space', 'width', 'z-index', 'zoom'];

export const CANVAS = {
  allowedTags: ['a', 'b', 'blockquote', 'br', 'caption', 'cite', 'code', 'col', 'hr', 'h1', 'h2', 'h3',
    'h4', 'h5', 'h6', 'del', 'ins', 'iframe', 'font', 'colgroup', 'dd', 'div', 'dl', 'dt', 'em',
    'figure', 'figcaption', 'i', 'img', 'li', 'ol', 'p', 'pre', 'q', 'small', 'span', 'strike',
    'strong', 'sub', 'sup', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'u', 'ul', 'video',
    'audio'],
  allowedAttributes: {
    '*': COMMON,
    a: ['href', 'target', 'name'],
    img: ['align', 'alt', 'height', 'src', 'width'],
    iframe: ['src', 'width', 'height', 'name', 'align', 'frameborder', 'scrolling', 'sandbox',
      'allowfullscreen', 'webkitallowfullscreen', 'mozallowfullscreen'],
  },
  allowedSchemes: ['http', 'https', 'mailto', 'ftp'],
  allowedSchemesByTag: { iframe: ['http', 'https'], img: ['http', 'https'] },
  allowedStyles: { '*': Object.fromEntries(STYLE_PROPERTIES.map((p) => [p, [/.*/]])) },
  // The Ruby gem removes a script's contents with it.
  nonTextTags: ['script', 'style', 'textarea', 'option', 'noscript'],
};

/** `html` as Canvas would save it. */
export function asCanvasSaves(html) {
  return sanitizeHtml(html, CANVAS);
}
