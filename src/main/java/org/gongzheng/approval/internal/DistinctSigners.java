package org.gongzheng.approval.internal;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Whether every link of a chain can have a signer of its own, nobody signing two: an assignment of
 * distinct people to links, found by augmenting paths (a chain has a handful of links, so this is
 * quick however many officers could sign each).
 */
final class DistinctSigners {

	private DistinctSigners() {
	}

	/** The first link, by position, left without a signer of its own; empty when every link has one. */
	static Optional<Integer> firstWithoutOwnSigner(List<Set<Long>> candidates) {
		Map<Long, Integer> linkOf = new HashMap<>();
		for (int link = 0; link < candidates.size(); link++) {
			if (!assign(link, candidates, linkOf, new HashSet<>())) {
				return Optional.of(link);
			}
		}
		return Optional.empty();
	}

	/** Gives the link a signer, moving others to another of their links where that frees one. */
	private static boolean assign(int link, List<Set<Long>> candidates, Map<Long, Integer> linkOf, Set<Long> tried) {
		for (long officer : candidates.get(link)) {
			if (!tried.add(officer)) {
				continue;
			}
			Integer taken = linkOf.get(officer);
			if (taken == null || assign(taken, candidates, linkOf, tried)) {
				linkOf.put(officer, link);
				return true;
			}
		}
		return false;
	}
}
