import { Catalog, type CatalogEntry, type CatalogItemTypes } from '../../../../src/library';
import { setLanguage } from '../../../../src/ui/i18n';
import { GRID_SORTS, nextSort, sortName } from '../../../../src/ui/library/sortCycle';
import { formatClock, positionText, ratingText, resumeLabel, runningTime } from '../../../../src/ui/library/timeText';

interface Title extends CatalogEntry {
  year?: number;
}

function catalogOf(items: Title[]): Catalog<CatalogItemTypes> {
  return new Catalog<CatalogItemTypes>({ movie: { categories: [{ id: '1', name: 'Films' }], items } });
}

describe('grid sort orders', () => {
  afterEach(() => setLanguage('en'));

  it('cycles recently added → A–Z → rating → recently added', () => {
    expect(GRID_SORTS[0]).toBe('added');
    expect(nextSort('added')).toBe('name');
    expect(nextSort('name')).toBe('rating');
    expect(nextSort('rating')).toBe('added');
    expect(nextSort('provider')).toBe('added');
  });

  it('names each order in the current language', async () => {
    expect(GRID_SORTS.map(sortName)).toEqual(['Recently added', 'A–Z', 'Rating']);
    await setLanguage('de');
    expect(sortName('added')).toBe('Zuletzt hinzugefügt');
  });

  it('lists the catalogue in each order the grid offers', () => {
    const catalog = catalogOf([
      { id: 'a', name: 'Zorro', categoryIds: ['1'], added: 1000, rating: 6 },
      { id: 'b', name: 'Élan', categoryIds: ['1'], added: 3000, rating5: 4.5 },
      { id: 'c', name: 'alpha', categoryIds: ['1'], rating: 7 },
      { id: 'd', name: 'Beta', categoryIds: ['1'], added: 2000 },
    ]);
    const ids = (sort: (typeof GRID_SORTS)[number]) =>
      catalog
        .items('movie', 'all', sort)
        .toArray()
        .map((item) => item.id);
    expect(ids('added')).toEqual(['b', 'd', 'a', 'c']);
    expect(ids('name')).toEqual(['c', 'd', 'b', 'a']);
    expect(ids('rating')).toEqual(['b', 'c', 'a', 'd']);
  });
});

describe('times and labels', () => {
  afterEach(() => setLanguage('en'));

  it('writes positions as clocks', () => {
    expect(formatClock(0)).toBe('0:00');
    expect(formatClock(7.9)).toBe('0:07');
    expect(formatClock(754)).toBe('12:34');
    expect(formatClock(3723)).toBe('1:02:03');
    expect(formatClock(-5)).toBe('0:00');
    expect(formatClock(NaN)).toBe('0:00');
    expect(positionText(754, 6300)).toBe('12:34 / 1:45:00');
  });

  it('says where a movie resumes, in both languages', async () => {
    expect(resumeLabel(754)).toBe('Resume from 12:34');
    await setLanguage('de');
    expect(resumeLabel(754)).toBe('Fortsetzen ab 12:34');
  });

  it('writes running times and ratings only when known', () => {
    expect(runningTime(8160)).toBe('2 h 16 min');
    expect(runningTime(2700)).toBe('45 min');
    expect(runningTime(20)).toBe('1 min');
    expect(runningTime(undefined)).toBeUndefined();
    expect(runningTime(0)).toBeUndefined();
    expect(ratingText(7.84)).toBe('★ 7.8');
    expect(ratingText(undefined, 4)).toBe('★ 8.0');
    expect(ratingText(undefined)).toBeUndefined();
    expect(ratingText(0)).toBeUndefined();
  });
});
