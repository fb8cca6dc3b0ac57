package org.gongzheng.approval.internal;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What one chain version changed against the version before it, link by link at the same position,
 * so that whoever reviews a chain's history sees exactly which rule of which link an edit moved.
 *
 * @param links every link of the later version, with the link it replaced and the fields that differ
 * @param removed links of the earlier version beyond the later one's length
 * @param citationChanged whether the legal basis (Chinese or English) changed
 */
public record ChainChanges(List<LinkChange> links, List<ChainLink> removed, boolean citationChanged) {

	/** A field of a link that an edit can change. */
	public enum Field {

		NAME, ROLE, UNIT_LEVEL, QUALIFICATION, COUNTERSIGN, REVIEW_TIME

	}

	/**
	 * @param link the link in the later version
	 * @param before the link at the same position in the earlier version, or {@code null} if the later
	 * version added it
	 * @param changed the fields that differ; empty for an added link
	 */
	public record LinkChange(ChainLink link, ChainLink before, Set<Field> changed) {

		public boolean added() {
			return before == null;
		}

		public boolean changed(String field) {
			return changed.contains(Field.valueOf(field));
		}
	}

	/** The first version of a chain: everything it has is new. */
	public static ChainChanges initial(ApprovalChain chain) {
		return new ChainChanges(
				chain.getLinks().stream().map(l -> new LinkChange(l, null, EnumSet.noneOf(Field.class))).toList(), List.of(),
				false);
	}

	public static ChainChanges between(ApprovalChain earlier, ApprovalChain later) {
		List<ChainLink> before = earlier.getLinks();
		List<ChainLink> after = later.getLinks();
		List<LinkChange> links = new ArrayList<>();
		for (int i = 0; i < after.size(); i++) {
			ChainLink link = after.get(i);
			if (i >= before.size()) {
				links.add(new LinkChange(link, null, EnumSet.noneOf(Field.class)));
			}
			else {
				links.add(new LinkChange(link, before.get(i), differences(before.get(i), link)));
			}
		}
		List<ChainLink> removed = before.size() > after.size() ? List.copyOf(before.subList(after.size(), before.size()))
				: List.of();
		boolean citation = !Objects.equals(earlier.getCitationZh(), later.getCitationZh())
				|| !Objects.equals(earlier.getCitationEn(), later.getCitationEn());
		return new ChainChanges(links, removed, citation);
	}

	/** Whether the version changed nothing at all against the one before (an edit that only restated it). */
	public boolean none() {
		return removed.isEmpty() && !citationChanged
				&& links.stream().allMatch(l -> !l.added() && l.changed().isEmpty());
	}

	private static Set<Field> differences(ChainLink a, ChainLink b) {
		Set<Field> fields = EnumSet.noneOf(Field.class);
		if (!Objects.equals(a.getNameZh(), b.getNameZh()) || !Objects.equals(a.getNameEn(), b.getNameEn())) {
			fields.add(Field.NAME);
		}
		if (a.getRole() != b.getRole()) {
			fields.add(Field.ROLE);
		}
		if (a.getUnitLevel() != b.getUnitLevel()) {
			fields.add(Field.UNIT_LEVEL);
		}
		if (a.getMinQualification() != b.getMinQualification()) {
			fields.add(Field.QUALIFICATION);
		}
		if (a.isCountersign() != b.isCountersign()) {
			fields.add(Field.COUNTERSIGN);
		}
		if (a.getReviewAmount() != b.getReviewAmount() || a.getReviewUnit() != b.getReviewUnit()) {
			fields.add(Field.REVIEW_TIME);
		}
		return fields;
	}
}
