// news-annotator: the same core as the extension, headless.
console.log('news-annotator: not yet');
