package org.gongzheng.discretion.internal;

import java.time.LocalDate;

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

/** A procedure rule row: its kind is checked in code, its scope, limit and citation are data. */
@Entity
@Table(name = "procedure_rules")
public class ProcedureRule {

	@Id
	private Long id;

	private String code;

	@Enumerated(EnumType.STRING)
	private RuleKind kind;

	private String domain;

	private String offender;

	@Column(name = "limit_fen")
	private Long limitFen;

	@Column(name = "name_zh")
	private String nameZh;

	@Column(name = "name_en")
	private String nameEn;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "article_id")
	private LawArticle article;

	@Column(name = "effective_from")
	private LocalDate effectiveFrom;

	@Column(name = "repealed_on")
	private LocalDate repealedOn;

	protected ProcedureRule() {
	}

	public boolean inForceOn(LocalDate day) {
		return !day.isBefore(effectiveFrom) && (repealedOn == null || day.isBefore(repealedOn));
	}

	RuleBook.Rule toRule() {
		return new RuleBook.Rule(code, kind, domain, offender, limitFen, LocalizedText.of(nameZh, nameEn),
				article.citation());
	}

	public String getCode() {
		return code;
	}

	public RuleKind getKind() {
		return kind;
	}

	public String getDomain() {
		return domain;
	}

	public String getOffender() {
		return offender;
	}

	public Long getLimitFen() {
		return limitFen;
	}

	public String getNameZh() {
		return nameZh;
	}

	public String getNameEn() {
		return nameEn;
	}

	public LawArticle getArticle() {
		return article;
	}

	public LocalDate getEffectiveFrom() {
		return effectiveFrom;
	}

	public LocalDate getRepealedOn() {
		return repealedOn;
	}
}
