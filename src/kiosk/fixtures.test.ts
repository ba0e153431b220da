import { describe, expect, it } from 'vitest';
import { bigDesign } from './fixtures';
import { fromGraphBody, toGraphBody } from './graph-body';
import { lintDesign } from './lint';
import { designSchema } from './schema';
import { checkXmlWellFormed } from './xml';

describe('bigDesign', () => {
  const design = bigDesign();

  it('has the promised size', () => {
    expect(design).toHaveLength(50);
    for (const profile of design) {
      expect(profile.appUserModelIds).toHaveLength(100);
      expect(profile.desktopAppPaths).toHaveLength(50);
      expect(profile.userAccounts).toHaveLength(20);
      expect(profile.startMenuLayoutXml.length).toBeGreaterThanOrEqual(20 * 1024);
      expect(profile.startMenuLayoutXml.length).toBeLessThan(22 * 1024);
    }
  });

  it('is a valid design with well-formed layouts', () => {
    expect(designSchema.safeParse(design).success).toBe(true);
    expect(checkXmlWellFormed(design[4]?.startMenuLayoutXml ?? '')).toEqual({ ok: true });
  });

  it('lints clean', () => {
    expect(lintDesign(design)).toEqual([]);
  });

  it('reads back exactly', () => {
    expect(fromGraphBody(JSON.parse(JSON.stringify(toGraphBody(design))))).toEqual({ design, findings: [] });
  });

});
