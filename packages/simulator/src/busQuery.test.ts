import { describe, expect, it } from 'vitest';
import { busQuerySettings, parseBusQuery, writeBusQuery } from './busQuery';

const parse = (search: string) => parseBusQuery(new URLSearchParams(search));

describe('the bus query', () => {
  it('reads every setting it knows', () => {
    expect(parse('?session=none&latency=12.5&tagging=mandatory&wrapup=3')).toEqual({
      session: 'none',
      latencyMs: 12.5,
      mandatoryTagging: true,
      wrapUpSeconds: 3,
    });
  });

  it.each(['-1', 'x', '', 'Infinity'])('treats latency=%j as absent', (latency) => {
    expect(parse(`?latency=${latency}`).latencyMs).toBeUndefined();
  });

  it('accepts only whole seconds of wrap-up and only known sessions', () => {
    expect(parse('?wrapup=1.5&session=maybe')).toEqual({
      session: undefined,
      latencyMs: undefined,
      mandatoryTagging: false,
      wrapUpSeconds: undefined,
    });
  });

  it('writes back what it reads, keeping other parameters', () => {
    const params = new URLSearchParams('keep=1');
    writeBusQuery(parse('?session=restored&latency=0&tagging=mandatory&wrapup=0'), params);
    expect(params.toString()).toBe('keep=1&session=restored&latency=0&tagging=mandatory&wrapup=0');
    expect(parse(`?${params}`)).toEqual(parse('?session=restored&latency=0&tagging=mandatory&wrapup=0'));
  });

  it('gives only the settings it names, and mandatory tagging on every line', () => {
    expect(busQuerySettings(parse(''))).toEqual({});
    const settings = busQuerySettings(parse('?tagging=mandatory&wrapup=2&latency=5&session=none'));
    expect(settings).toMatchObject({ session: 'none', latencyMs: 5, wrapUpSeconds: 2 });
    expect(settings.lines?.length).toBeGreaterThan(1);
    expect(settings.lines?.every((line) => line.mandatoryTagging)).toBe(true);
  });
});
