// socialkit: run twitter-text 3.1.0 on a JSON list of texts (stdin), print its results.
// Reference results from twitter-text 3.1.0 (npm) for socialkit's differential test.
const tt = require('twitter-text');
const texts = JSON.parse(require('fs').readFileSync(0, 'utf8'));
const toCp = (t, i) => Array.from(t.slice(0, i)).length;  // UTF-16 offset -> code points
const out = texts.map(text => {
  const grab = (list, key) => list.map(e => [e[key], toCp(text, e.indices[0]), toCp(text, e.indices[1])]);
  const e = tt.extractEntitiesWithIndices(text);
  const p = tt.parseTweet(text);
  return {
    text,
    urls: grab(e.filter(x => 'url' in x), 'url'),
    hashtags: grab(e.filter(x => 'hashtag' in x), 'hashtag'),
    mentions: grab(e.filter(x => 'screenName' in x).map(x => ({...x, name: x.screenName + (x.listSlug ? x.listSlug : '')})), 'name'),
    cashtags: grab(e.filter(x => 'cashtag' in x), 'cashtag'),
    weightedLength: p.weightedLength,
  };
});
console.log(JSON.stringify(out, null, 1));
