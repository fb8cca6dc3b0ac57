package org.gongzheng.approval.internal;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.gongzheng.approval.ApprovalCaseFiles;
import org.gongzheng.shared.error.InvalidInputException;

/** A material as it was submitted for one round of a request, with its content hash at that moment. */
public record PinnedMaterial(long id, String title, String contentHash) {

	/**
	 * The case's materials to pin to a round: those listed (each must belong to the case), or all of
	 * them when none are listed.
	 */
	static List<PinnedMaterial> chosen(List<ApprovalCaseFiles.Material> materials, List<Long> materialIds) {
		List<PinnedMaterial> all = materials.stream()
			.map(m -> new PinnedMaterial(m.id(), m.title(), m.contentHash()))
			.toList();
		if (materialIds == null) {
			return all;
		}
		Set<Long> known = new HashSet<>(all.stream().map(PinnedMaterial::id).toList());
		if (!known.containsAll(materialIds)) {
			throw InvalidInputException.of("materialIds", "approval.materials.unknown");
		}
		return all.stream().filter(m -> materialIds.contains(m.id())).toList();
	}
}
