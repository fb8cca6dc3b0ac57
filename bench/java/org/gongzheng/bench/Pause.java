package org.gongzheng.bench;

/** A benchmark's wait for the database to catch up: an interrupt stops the run rather than being lost. */
final class Pause {

	private Pause() {
	}

	static void millis(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}
}
