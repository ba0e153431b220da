// Entry bundled for the Node part of the benchmark: the domain core and its big-design fixture.
export { encodeBase64Utf8, lintDesign, lintRequestBody, toGraphBody, fromGraphBody, utf8ByteLength } from '../src/kiosk';
export { bigDesign } from '../src/kiosk/fixtures';
