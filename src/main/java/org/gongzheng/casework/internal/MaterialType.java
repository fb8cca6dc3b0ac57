package org.gongzheng.casework.internal;

/** Kinds of case material. Records are written in the system; the others are uploaded files. */
public enum MaterialType {

	/** 讯问笔录 */
	INTERROGATION_RECORD(true),
	/** 询问笔录 */
	INQUIRY_RECORD(true),
	/** 现场勘验笔录 */
	SCENE_INSPECTION_RECORD(true),
	/** 证据清单 */
	EVIDENCE_LIST(true),
	/** 辨认笔录 */
	IDENTIFICATION_RECORD(true),
	/** 书证 */
	DOCUMENTARY_EVIDENCE(false),
	/** 照片 */
	PHOTO(false),
	/** 视听资料 */
	AUDIO_VIDEO(false),
	/** 鉴定意见 */
	EXPERT_OPINION(false),
	/** 执法记录仪视频 */
	BODYCAM_CLIP(false),
	/** 其他材料 */
	OTHER(false);

	private final boolean record;

	MaterialType(boolean record) {
		this.record = record;
	}

	/** Whether the material is a typed record written in the system rather than an uploaded file. */
	public boolean record() {
		return record;
	}
}
