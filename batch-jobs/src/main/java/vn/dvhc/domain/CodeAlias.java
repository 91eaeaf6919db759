package vn.dvhc.domain;

/**
 * A known wrong spelling of a code that means another code of the same release, such as 06978 for Xã Ba Chẽ
 * (06970) in transcriptions of QĐ 19/2025/QĐ-TTg. Applied on lookup and remap, always with its note.
 */
public record CodeAlias(UnitLevel level, String aliasCode, String code, String note) {
}
