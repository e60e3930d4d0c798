package cn.nengshang.policy.facts;

/** Administrative level, lowest first: county (县级), prefecture (地区级), province (省级), national (国家级). */
public enum Level {
    COUNTY,
    PREFECTURE,
    PROVINCE,
    NATIONAL;

    public boolean atLeast(Level other) {
        return compareTo(other) >= 0;
    }
}
