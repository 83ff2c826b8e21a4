import { ASPECT_MODES, nextAspectMode, pictureBox } from '../../../src/player';
import { VideoSurface, type SurfaceDocument } from '../../../src/player/surface/VideoSurface';
import { FakeDocument, type FakeElement } from '../../fakes/dom';

describe('pictureBox', () => {
  const preview = { x: 1280, y: 80, w: 560, h: 420 };

  it('letterboxes, stretches or crops in the whole rectangle', () => {
    expect(pictureBox('fit', preview)).toEqual({ rect: preview, fit: 'contain' });
    expect(pictureBox('fill', preview)).toEqual({ rect: preview, fit: 'fill' });
    expect(pictureBox('zoom', preview)).toEqual({ rect: preview, fit: 'cover' });
  });

  it('forces 16:9 or 4:3 in the largest centred box of that shape', () => {
    expect(pictureBox('16:9', preview)).toEqual({ rect: { x: 1280, y: 133, w: 560, h: 315 }, fit: 'fill' });
    expect(pictureBox('4:3')).toEqual({ rect: { x: 240, y: 0, w: 1440, h: 1080 }, fit: 'fill' });
    expect(pictureBox('16:9')).toEqual({ rect: { x: 0, y: 0, w: 1920, h: 1080 }, fit: 'fill' });
  });

  it('cycles through every mode', () => {
    expect(ASPECT_MODES.map(nextAspectMode)).toEqual(['fill', 'zoom', '16:9', '4:3', 'fit']);
  });
});

describe('VideoSurface', () => {
  it('makes one video behind the canvas on first use, hidden until shown', () => {
    const doc = new FakeDocument();
    const surface = new VideoSurface(doc as unknown as SurfaceDocument);
    expect(doc.querySelectorAll('video')).toHaveLength(0);
    const video = surface.video() as unknown as FakeElement;
    expect(surface.video()).toBe(video as unknown);
    expect(doc.body.children[0]).toBe(video);
    expect(video.style).toMatchObject({ position: 'fixed', zIndex: '0', display: 'none', objectFit: 'contain' });
    surface.show('video');
    expect(video.style.display).toBe('block');
  });

  it('places the picture in stage percentages and applies the aspect mode', () => {
    const doc = new FakeDocument();
    const surface = new VideoSurface(doc as unknown as SurfaceDocument);
    const video = surface.video() as unknown as FakeElement;
    surface.place({ x: 960, y: 0, w: 960, h: 540 }, 'zoom');
    expect(video.style).toMatchObject({ left: '50%', top: '0%', width: '50%', height: '50%', objectFit: 'cover' });
  });

  it('shows the AVPlay hole or the video, never both, and removes both on dispose', () => {
    const doc = new FakeDocument();
    const surface = new VideoSurface(doc as unknown as SurfaceDocument);
    const hole = surface.avplayObject() as unknown as FakeElement;
    const video = surface.video() as unknown as FakeElement;
    expect(hole.getAttribute('type')).toBe('application/avplayer');
    surface.show('avplay');
    expect([hole.style.display, video.style.display]).toEqual(['block', 'none']);
    surface.dispose();
    expect(doc.body.children).toEqual([]);
  });
});
