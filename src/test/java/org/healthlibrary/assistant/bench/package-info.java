/** Benchmark programs (run with the {@code bench} Maven profile, see docs/benchmarks.md); not tests. */
package org.healthlibrary.assistant.bench;
