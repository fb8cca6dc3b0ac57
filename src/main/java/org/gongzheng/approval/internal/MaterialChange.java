package org.gongzheng.approval.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * How a material pinned to a round differs from the round before: submitted for the first time, or
 * with other content. Every material must be opened again in a new round anyway; this tells the
 * signer where the correction is.
 */
public enum MaterialChange {

	ADDED, CHANGED;

	/** The change of each material of {@code now} against {@code before}, by material id; unchanged ones are absent. */
	static Map<Long, MaterialChange> between(List<PinnedMaterial> before, List<PinnedMaterial> now) {
		Map<Long, String> earlier = before.stream()
			.collect(Collectors.toMap(PinnedMaterial::id, PinnedMaterial::contentHash, (a, b) -> a));
		Map<Long, MaterialChange> changes = new HashMap<>();
		for (PinnedMaterial material : now) {
			String hash = earlier.get(material.id());
			if (hash == null) {
				changes.put(material.id(), ADDED);
			}
			else if (!hash.equals(material.contentHash())) {
				changes.put(material.id(), CHANGED);
			}
		}
		return changes;
	}
}
