import assert from 'node:assert/strict';
import { detectKind, frontMatterKind } from '../../server/src/engine/kind';

describe('document kind', () => {
  it('reads the file name suffix', () => {
    assert.equal(detectKind('/a/launch.prfaq.md', '# x'), 'prfaq');
    assert.equal(detectKind('q3-plan.memo.md', '# x'), 'memo');
    assert.equal(detectKind('plan.sixpager.md', ''), 'memo');
    assert.equal(detectKind('plan.6pager.md', ''), 'memo');
    assert.equal(detectKind('README.md', '# x'), undefined);
    assert.equal(detectKind('notes.prfaq.txt', '# x'), undefined);
  });

  it('lets front matter decide, over the name', () => {
    assert.equal(frontMatterKind('---\ntitle: x\ntype: prfaq\n---\n# Hi'), 'prfaq');
    assert.equal(frontMatterKind('---\ntype: "memo"\n---\n'), 'memo');
    assert.equal(frontMatterKind('---\ntype: blog\n---\n'), undefined);
    assert.equal(frontMatterKind('# no front matter\ntype: prfaq'), undefined);
    assert.equal(detectKind('x.prfaq.md', '---\ntype: memo\n---\n'), 'memo');
  });

  it('matches barRaiser.documents globs against the relative path', () => {
    const documents = { 'docs/prfaqs/**/*.md': 'prfaq' as const, 'memo-*.md': 'memo' as const };
    assert.equal(detectKind('/ws/docs/prfaqs/2027/launch.md', '', documents, undefined, 'docs/prfaqs/2027/launch.md'), 'prfaq');
    assert.equal(detectKind('/ws/plans/memo-q3.md', '', documents, undefined, 'plans/memo-q3.md'), 'memo');
    assert.equal(detectKind('/ws/README.md', '', documents, undefined, 'README.md'), undefined);
  });

  it('falls back to the given kind', () => {
    assert.equal(detectKind('notes.md', '', {}, 'memo'), 'memo');
  });
});
