package org.gongzheng.approval.internal;

import java.util.Locale;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.gongzheng.organization.QualificationLevel;
import org.gongzheng.organization.Role;
import org.gongzheng.shared.Languages;

/** One link of a chain: who may sign it, and how long the review may take. */
@Entity
@Table(name = "approval_chain_links")
public class ChainLink {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne
	@JoinColumn(name = "chain_id")
	private ApprovalChain chain;

	@Column(name = "link_order")
	private int linkOrder;

	@Column(name = "name_zh")
	private String nameZh;

	@Column(name = "name_en")
	private String nameEn;

	@Enumerated(EnumType.STRING)
	private Role role;

	@Enumerated(EnumType.STRING)
	@Column(name = "unit_level")
	private UnitLevel unitLevel;

	@Enumerated(EnumType.STRING)
	@Column(name = "min_qualification")
	private QualificationLevel minQualification;

	private boolean countersign;

	@Column(name = "review_amount")
	private int reviewAmount;

	@Enumerated(EnumType.STRING)
	@Column(name = "review_unit")
	private ReviewUnit reviewUnit;

	protected ChainLink() {
	}

	ChainLink(ApprovalChain chain, int order, LinkSpec spec) {
		this.chain = chain;
		this.linkOrder = order;
		this.nameZh = spec.nameZh().strip();
		this.nameEn = spec.nameEn().strip();
		this.role = spec.role();
		this.unitLevel = spec.unitLevel();
		this.minQualification = spec.minQualification();
		this.countersign = spec.countersign();
		this.reviewAmount = spec.reviewAmount();
		this.reviewUnit = spec.reviewUnit();
	}

	LinkSpec spec() {
		return new LinkSpec(nameZh, nameEn, role, unitLevel, minQualification, countersign, reviewAmount, reviewUnit);
	}

	public String name(Locale locale) {
		return Languages.pick(locale, nameZh, nameEn);
	}

	public Long getId() {
		return id;
	}

	public int getOrder() {
		return linkOrder;
	}

	public String getNameZh() {
		return nameZh;
	}

	public String getNameEn() {
		return nameEn;
	}

	public Role getRole() {
		return role;
	}

	public UnitLevel getUnitLevel() {
		return unitLevel;
	}

	public QualificationLevel getMinQualification() {
		return minQualification;
	}

	public boolean isCountersign() {
		return countersign;
	}

	public int getReviewAmount() {
		return reviewAmount;
	}

	public ReviewUnit getReviewUnit() {
		return reviewUnit;
	}
}
