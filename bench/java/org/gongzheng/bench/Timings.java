package org.gongzheng.bench;

import java.util.Arrays;

/** Per-item wall times of one measured run, and what they add up to. */
record Timings(String label, long totalNanos, long[] itemNanos) {

	double perSecond() {
		return itemNanos.length / (totalNanos / 1e9);
	}

	double medianMillis() {
		return percentile(0.5);
	}

	double p95Millis() {
		return percentile(0.95);
	}

	private double percentile(double p) {
		long[] sorted = itemNanos.clone();
		Arrays.sort(sorted);
		int index = (int) Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1);
		return sorted[Math.max(0, index)] / 1e6;
	}

	String row() {
		return "| %s | %d | %.2f s | %.1f | %.2f ms | %.2f ms |".formatted(label, itemNanos.length, totalNanos / 1e9,
				perSecond(), medianMillis(), p95Millis());
	}

	static String header() {
		return "| side | chains | wall time | chains/s | median per chain | p95 per chain |\n|---|---|---|---|---|---|";
	}
}
