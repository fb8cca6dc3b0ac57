package org.gongzheng.bench;

import java.util.Arrays;

/** Timing a read the way the queue and register benchmarks report it. */
final class Reads {

	private static final int WARM_UP = 10;

	private static final int TIMED = 30;

	/** How many times {@link #medianMillis} calls the read, warm-up included. */
	static final int CALLS = WARM_UP + TIMED;

	private Reads() {
	}

	/** The median of 30 timed calls after 10 untimed ones, in milliseconds. */
	static double medianMillis(Runnable read) {
		for (int i = 0; i < WARM_UP; i++) {
			read.run();
		}
		double[] millis = new double[TIMED];
		for (int i = 0; i < millis.length; i++) {
			long start = System.nanoTime();
			read.run();
			millis[i] = (System.nanoTime() - start) / 1e6;
		}
		Arrays.sort(millis);
		return millis[millis.length / 2];
	}
}
