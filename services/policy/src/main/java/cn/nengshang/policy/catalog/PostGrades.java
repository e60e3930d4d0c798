package cn.nengshang.policy.catalog;

import cn.nengshang.policy.Rank;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** Post grades 1-13 and the band each belongs to, read from the seed table {@code catalog/post-grades.tsv}. */
public final class PostGrades {

    private final Map<Integer, PostGradeBand> bands;

    public PostGrades(Map<Integer, PostGradeBand> bands) {
        this.bands = new TreeMap<>(bands);
    }

    public static PostGrades load(Path file) {
        Map<Integer, PostGradeBand> bands = new TreeMap<>();
        Tsv.read(file).forEach(row -> bands.put(
                Integer.parseInt(Tsv.required(row, "grade", file)),
                PostGradeBand.valueOf(Tsv.required(row, "band", file))));
        return new PostGrades(bands);
    }

    public Optional<PostGradeBand> bandOf(int grade) {
        return Optional.ofNullable(bands.get(grade));
    }

    /** The band that a title of the given rank is normally appointed in. */
    public static PostGradeBand bandOf(Rank rank) {
        return rank == Rank.FULL_SENIOR ? PostGradeBand.FULL_SENIOR : PostGradeBand.ASSOCIATE_SENIOR;
    }

    /** A grade a person of this rank may be appointed to: their title's band or any band below it. */
    public boolean appointable(Rank rank, int grade) {
        return bandOf(grade).map(band -> band.compareTo(bandOf(rank)) >= 0).orElse(false);
    }

    public Map<Integer, PostGradeBand> all() {
        return Map.copyOf(bands);
    }
}
