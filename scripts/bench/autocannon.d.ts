// autocannon ships no types: the part of its programmatic API the benchmark uses.
declare module 'autocannon' {
  interface Histogram {
    average: number
    p50: number
    p99: number
    max: number
  }
  interface Result {
    requests: Histogram & { total: number }
    latency: Histogram
    throughput: Histogram
    errors: number
    timeouts: number
    non2xx: number
  }
  interface Options {
    url: string
    connections?: number
    duration?: number
    headers?: Record<string, string>
    /** Seconds before a request counts as an error. */
    timeout?: number
  }
  export default function autocannon(options: Options): Promise<Result>
}
