package org.gongzheng.approval.web;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.gongzheng.approval.internal.ApprovalChain;
import org.gongzheng.approval.internal.ChainEdit;
import org.gongzheng.approval.internal.ChainLink;
import org.gongzheng.approval.internal.LinkSpec;
import org.gongzheng.approval.internal.ReviewUnit;
import org.gongzheng.approval.internal.UnitLevel;
import org.gongzheng.organization.QualificationLevel;
import org.gongzheng.organization.Role;

/** The chain editor: the current links plus empty rows; rows left without a name are dropped. */
public class ChainForm {

	/** A field of one of the edit's links, e.g. {@code links[2].reviewAmount}. */
	private static final Pattern LINK_FIELD = Pattern.compile("links\\[(\\d+)\\](.*)");

	private int version;

	private String citationZh;

	private String citationEn;

	private String changeNote;

	private List<LinkRow> links = new ArrayList<>();

	static ChainForm of(ApprovalChain chain, int spareRows) {
		ChainForm form = new ChainForm();
		if (chain != null) {
			form.version = chain.getChainVersion();
			form.citationZh = chain.getCitationZh();
			form.citationEn = chain.getCitationEn();
			chain.getLinks().forEach(link -> form.links.add(LinkRow.of(link)));
		}
		for (int i = 0; i < spareRows; i++) {
			form.links.add(new LinkRow());
		}
		return form;
	}

	ChainEdit toEdit() {
		List<LinkSpec> specs = links.stream().filter(row -> !row.blank()).map(LinkRow::toSpec).toList();
		return new ChainEdit(citationZh, citationEn, changeNote, specs);
	}

	/**
	 * The form's name for a field of the edit. Rows without a name are left out of the edit, so the
	 * edit's k-th link is the k-th named row, and a problem with it belongs beside that row.
	 */
	String formField(String editField) {
		Matcher link = LINK_FIELD.matcher(editField);
		if (!link.matches()) {
			return editField;
		}
		int wanted = Integer.parseInt(link.group(1));
		int named = -1;
		for (int row = 0; row < links.size(); row++) {
			if (!links.get(row).blank() && ++named == wanted) {
				return "links[" + row + "]" + link.group(2);
			}
		}
		return editField;
	}

	public int getVersion() {
		return version;
	}

	public void setVersion(int version) {
		this.version = version;
	}

	public String getCitationZh() {
		return citationZh;
	}

	public void setCitationZh(String citationZh) {
		this.citationZh = citationZh;
	}

	public String getCitationEn() {
		return citationEn;
	}

	public void setCitationEn(String citationEn) {
		this.citationEn = citationEn;
	}

	public String getChangeNote() {
		return changeNote;
	}

	public void setChangeNote(String changeNote) {
		this.changeNote = changeNote;
	}

	public List<LinkRow> getLinks() {
		return links;
	}

	public void setLinks(List<LinkRow> links) {
		this.links = links;
	}

	/** One editable link. */
	public static class LinkRow {

		private String nameZh;

		private String nameEn;

		private Role role = Role.REVIEWER;

		private UnitLevel unitLevel = UnitLevel.OWN_STATION;

		private QualificationLevel minQualification = QualificationLevel.INTERMEDIATE;

		private boolean countersign;

		private int reviewAmount = 24;

		private ReviewUnit reviewUnit = ReviewUnit.HOURS;

		static LinkRow of(ChainLink link) {
			LinkRow row = new LinkRow();
			row.nameZh = link.getNameZh();
			row.nameEn = link.getNameEn();
			row.role = link.getRole();
			row.unitLevel = link.getUnitLevel();
			row.minQualification = link.getMinQualification();
			row.countersign = link.isCountersign();
			row.reviewAmount = link.getReviewAmount();
			row.reviewUnit = link.getReviewUnit();
			return row;
		}

		boolean blank() {
			return (nameZh == null || nameZh.isBlank()) && (nameEn == null || nameEn.isBlank());
		}

		LinkSpec toSpec() {
			return new LinkSpec(nameZh, nameEn, role, unitLevel, minQualification, countersign, reviewAmount, reviewUnit);
		}

		public String getNameZh() {
			return nameZh;
		}

		public void setNameZh(String nameZh) {
			this.nameZh = nameZh;
		}

		public String getNameEn() {
			return nameEn;
		}

		public void setNameEn(String nameEn) {
			this.nameEn = nameEn;
		}

		public Role getRole() {
			return role;
		}

		public void setRole(Role role) {
			this.role = role;
		}

		public UnitLevel getUnitLevel() {
			return unitLevel;
		}

		public void setUnitLevel(UnitLevel unitLevel) {
			this.unitLevel = unitLevel;
		}

		public QualificationLevel getMinQualification() {
			return minQualification;
		}

		public void setMinQualification(QualificationLevel minQualification) {
			this.minQualification = minQualification;
		}

		public boolean isCountersign() {
			return countersign;
		}

		public void setCountersign(boolean countersign) {
			this.countersign = countersign;
		}

		public int getReviewAmount() {
			return reviewAmount;
		}

		public void setReviewAmount(int reviewAmount) {
			this.reviewAmount = reviewAmount;
		}

		public ReviewUnit getReviewUnit() {
			return reviewUnit;
		}

		public void setReviewUnit(ReviewUnit reviewUnit) {
			this.reviewUnit = reviewUnit;
		}
	}
}
