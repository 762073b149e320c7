// The part of autocannon 9's API the bench scripts use (the package ships no types).
declare module 'autocannon' {
  type Histogram = { average: number; mean: number; p50: number; p90: number; p97_5: number; p99: number; max: number };
  export type Result = {
    requests: Histogram & { total: number; sent: number };
    latency: Histogram;
    throughput: Histogram;
    errors: number;
    timeouts: number;
    non2xx: number;
    '2xx': number;
    duration: number;
  };
  type Options = { url: string; connections?: number; duration?: number; method?: string; headers?: Record<string, string>; body?: string; pipelining?: number };
  export default function autocannon(options: Options): Promise<Result>;
}
