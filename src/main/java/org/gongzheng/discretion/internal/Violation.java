package org.gongzheng.discretion.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.gongzheng.discretion.LocalizedText;
import org.gongzheng.discretion.ViolationDomain;
import org.gongzheng.discretion.ViolationView;

/** A violation of the catalogue, linked to the article it breaks and the article punishing it. */
@Entity
@Table(name = "violations")
public class Violation {

	@Id
	private Long id;

	private String code;

	@Enumerated(EnumType.STRING)
	private ViolationDomain domain;

	@Column(name = "name_zh")
	private String nameZh;

	@Column(name = "name_en")
	private String nameEn;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "breach_article_id")
	private LawArticle breachArticle;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "penalty_article_id")
	private LawArticle penaltyArticle;

	private int points;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "points_article_id")
	private LawArticle pointsArticle;

	private boolean active;

	protected Violation() {
	}

	public ViolationView view() {
		return new ViolationView(id, code, domain, LocalizedText.of(nameZh, nameEn), points, breachArticle.citation(),
				breachArticle.getTextZh(), penaltyArticle.citation(), penaltyArticle.getTextZh(),
				pointsArticle == null ? null : pointsArticle.citation());
	}

	public Long getId() {
		return id;
	}

	public String getCode() {
		return code;
	}

	public ViolationDomain getDomain() {
		return domain;
	}

	public String getNameZh() {
		return nameZh;
	}

	public String getNameEn() {
		return nameEn;
	}

	public LawArticle getBreachArticle() {
		return breachArticle;
	}

	public LawArticle getPenaltyArticle() {
		return penaltyArticle;
	}

	public int getPoints() {
		return points;
	}

	public LawArticle getPointsArticle() {
		return pointsArticle;
	}

	public boolean isActive() {
		return active;
	}
}
