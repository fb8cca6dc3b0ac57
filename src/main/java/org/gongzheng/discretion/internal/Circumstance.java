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

import org.gongzheng.discretion.CircumstanceView;
import org.gongzheng.discretion.Grade;
import org.gongzheng.discretion.LocalizedText;

/** A circumstance that selects a grade (first offence, repeat within a year, …) and its basis. */
@Entity
@Table(name = "discretion_circumstances")
public class Circumstance {

	@Id
	private Long id;

	private String code;

	@Enumerated(EnumType.STRING)
	private Grade grade;

	private String domain;

	@Column(name = "name_zh")
	private String nameZh;

	@Column(name = "name_en")
	private String nameEn;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "article_id")
	private LawArticle article;

	@Column(name = "citation_zh")
	private String citationZh;

	@Column(name = "citation_en")
	private String citationEn;

	protected Circumstance() {
	}

	/** The basis: the article, or (for circumstances the standard itself defines) the standard's name. */
	public CircumstanceView view(LocalizedText standardBasis) {
		LocalizedText citation = article != null ? article.citation()
				: "本裁量基准".equals(citationZh) && standardBasis != null ? standardBasis
						: LocalizedText.of(citationZh, citationEn);
		return new CircumstanceView(code, LocalizedText.of(nameZh, nameEn), grade, citation);
	}

	public Long getId() {
		return id;
	}

	public String getCode() {
		return code;
	}

	public Grade getGrade() {
		return grade;
	}

	public String getDomain() {
		return domain;
	}

	public String getNameZh() {
		return nameZh;
	}

	public String getNameEn() {
		return nameEn;
	}
}
