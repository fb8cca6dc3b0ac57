package org.gongzheng.audit.internal;

import java.util.Arrays;

/**
 * The ids of one type of record that audit entries vouch for, gathered while the chain is walked
 * and then asked "is this one vouched for?" for every record there is. Plain longs, sorted once:
 * a million signatures take 8 MB, not the ~60 MB a set of boxed ids would.
 */
final class AttestedIds {

	private long[] ids = new long[1024];

	private int size;

	private boolean sorted;

	void add(long id) {
		if (size == ids.length) {
			ids = Arrays.copyOf(ids, size * 2);
		}
		ids[size++] = id;
		sorted = false;
	}

	boolean contains(long id) {
		sort();
		return Arrays.binarySearch(ids, 0, size, id) >= 0;
	}

	boolean isEmpty() {
		return size == 0;
	}

	/** The lowest id; only when not empty. */
	long min() {
		sort();
		return ids[0];
	}

	private void sort() {
		if (!sorted) {
			Arrays.sort(ids, 0, size);
			sorted = true;
		}
	}
}
