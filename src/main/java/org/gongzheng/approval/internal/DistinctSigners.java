package org.gongzheng.approval.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiPredicate;

/**
 * Whether every link of a chain can have a signer of its own, nobody signing two: an assignment of
 * distinct people to links, found by augmenting paths (a chain has a handful of links, so this is
 * quick however many officers could sign each). A countersign link is signed by everyone named when
 * it opens, so it takes all of them; {@link #afterCountersigns} leaves the later links without them.
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

	/**
	 * The candidates of each link once the countersign links before it have taken theirs. A
	 * countersign link names everyone who could sign it when it opens (but those who signed an
	 * earlier link of the round) and needs each of them, so none of them is left for a later link;
	 * one who signs an earlier link is simply not named. So a later link loses every candidate of an
	 * earlier countersign link, and the countersign link itself needs one of its own, distinct from
	 * the earlier links' signers: the assignment {@link #firstWithoutOwnSigner} looks for, on what
	 * this leaves. {@code takes} says whether countersign link {@code k}'s candidates are named
	 * wherever link {@code i} could use them: always, for the candidates of one unit's cases; for the
	 * bureau as a whole, only where that holds for every unit (see {@link BureauStaff#check}).
	 */
	static List<Set<Long>> afterCountersigns(List<Set<Long>> candidates, List<Boolean> countersign,
			BiPredicate<Integer, Integer> takes) {
		List<Set<Long>> left = new ArrayList<>();
		for (int i = 0; i < candidates.size(); i++) {
			Set<Long> own = new HashSet<>(candidates.get(i));
			for (int k = 0; k < i; k++) {
				if (countersign.get(k) && takes.test(k, i)) {
					own.removeAll(candidates.get(k));
				}
			}
			left.add(own);
		}
		return left;
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
