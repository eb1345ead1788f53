import { describe, expect, it } from 'vitest';
import { busFrameUrl, DEFAULT_LATENCY_MS, parseDemoQuery, switchModeHref } from './parseDemoQuery';

describe('parseDemoQuery', () => {
  it('defaults to the in-process bus, logged in, with a visible latency', () => {
    const query = parseDemoQuery('');
    expect(query).toMatchObject({
      mode: 'memory',
      session: 'restored',
      latencyMs: DEFAULT_LATENCY_MS,
      mandatoryTagging: false,
      wrapUpSeconds: undefined,
    });
    expect(query.busUrl.href).toBe('http://127.0.0.1:5174/');
  });

  it('reads every parameter', () => {
    const query = parseDemoQuery(
      '?bus=frame&busUrl=http%3A%2F%2Flocalhost%3A9000%2Fbus%2F&session=none&latency=20&tagging=mandatory&wrapup=3',
    );
    expect(query).toMatchObject({
      mode: 'frame',
      session: 'none',
      latencyMs: 20,
      mandatoryTagging: true,
      wrapUpSeconds: 3,
    });
    expect(query.busUrl.href).toBe('http://localhost:9000/bus/');
  });

  it.each(['-5', 'soon', '', 'Infinity'])('ignores latency=%s', (latency) => {
    expect(parseDemoQuery(`?latency=${latency}`).latencyMs).toBe(DEFAULT_LATENCY_MS);
  });

  it('accepts a zero latency', () => {
    expect(parseDemoQuery('?latency=0').latencyMs).toBe(0);
  });

  it.each(['javascript:alert(1)', 'data:text/html,hi', 'not a url'])(
    'refuses busUrl=%s (only http and https may be framed)',
    (busUrl) => {
      expect(parseDemoQuery(`?bus=frame&busUrl=${encodeURIComponent(busUrl)}`).busUrl.href).toBe(
        'http://127.0.0.1:5174/',
      );
    },
  );
});

describe('busFrameUrl', () => {
  it('passes session, latency, tagging and wrap-up through, keeping the bus URL', () => {
    const url = busFrameUrl(
      parseDemoQuery(
        '?busUrl=http://localhost:9000/x?keep=1&session=none&latency=5&tagging=mandatory&wrapup=2',
      ),
    );
    expect(url.origin).toBe('http://localhost:9000');
    expect(Object.fromEntries(url.searchParams)).toEqual({
      keep: '1',
      session: 'none',
      latency: '5',
      tagging: 'mandatory',
      wrapup: '2',
    });
  });

  it('asks the bus page for a restored session by default', () => {
    expect(busFrameUrl(parseDemoQuery('')).searchParams.get('session')).toBe('restored');
  });
});

describe('switchModeHref', () => {
  it('adds bus=frame and keeps the other parameters', () => {
    expect(switchModeHref('http://127.0.0.1:5173/?latency=20', 'frame')).toBe(
      'http://127.0.0.1:5173/?latency=20&bus=frame',
    );
  });

  it('drops bus for the in-process bus but keeps busUrl', () => {
    expect(
      switchModeHref('http://127.0.0.1:5173/?bus=frame&busUrl=http%3A%2F%2Fx%2F&session=none', 'memory'),
    ).toBe('http://127.0.0.1:5173/?busUrl=http%3A%2F%2Fx%2F&session=none');
  });

  it('comes back from the in-process bus to the same bus page (frame, memory, frame)', () => {
    const start = 'http://127.0.0.1:5173/?bus=frame&busUrl=http%3A%2F%2F127.0.0.1%3A6000%2F';
    const back = switchModeHref(switchModeHref(start, 'memory'), 'frame');
    const query = parseDemoQuery(new URL(back).search);
    expect(query.mode).toBe('frame');
    expect(query.busUrl.href).toBe('http://127.0.0.1:6000/');
  });
});
