package org.gongzheng.discretion.internal;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.gongzheng.discretion.LocalizedText;

/** An article of a law, or one paragraph (款) or item (项) of it. */
@Entity
@Table(name = "law_articles")
public class LawArticle {

	@Id
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "law_id")
	private Law law;

	@Column(name = "article_no")
	private int articleNo;

	@Column(name = "paragraph_no")
	private Integer paragraphNo;

	@Column(name = "item_no")
	private Integer itemNo;

	@Column(name = "text_zh")
	private String textZh;

	@Column(name = "effective_from")
	private LocalDate effectiveFrom;

	@Column(name = "repealed_on")
	private LocalDate repealedOn;

	protected LawArticle() {
	}

	/** 《中华人民共和国道路交通安全法》第一百零七条第一款 / Road Traffic Safety Law of the PRC, Art. 107(1). */
	public LocalizedText citation() {
		StringBuilder zh = new StringBuilder("《").append(law.getNameZh()).append("》")
			.append(position());
		StringBuilder en = new StringBuilder(law.getNameEn()).append(", Art. ").append(articleNo);
		if (paragraphNo != null) {
			en.append('(').append(paragraphNo).append(')');
		}
		if (itemNo != null) {
			en.append(" item ").append(itemNo);
		}
		return new LocalizedText(zh.toString(), en.toString());
	}

	/** 第一百零七条第一款第三项 */
	public String position() {
		StringBuilder zh = new StringBuilder("第").append(ChineseNumerals.of(articleNo)).append("条");
		if (paragraphNo != null) {
			zh.append("第").append(ChineseNumerals.of(paragraphNo)).append("款");
		}
		if (itemNo != null) {
			zh.append("第").append(ChineseNumerals.of(itemNo)).append("项");
		}
		return zh.toString();
	}

	public Long getId() {
		return id;
	}

	public Law getLaw() {
		return law;
	}

	public int getArticleNo() {
		return articleNo;
	}

	public Integer getParagraphNo() {
		return paragraphNo;
	}

	public Integer getItemNo() {
		return itemNo;
	}

	public String getTextZh() {
		return textZh;
	}

	public LocalDate getEffectiveFrom() {
		return effectiveFrom;
	}

	public LocalDate getRepealedOn() {
		return repealedOn;
	}
}
