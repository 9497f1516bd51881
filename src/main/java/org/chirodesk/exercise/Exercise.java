package org.chirodesk.exercise;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.ArrayList;
import java.util.List;

/**
 * One exercise of the clinic's catalogue: what the patient does, step by step, how much of it,
 * the mistakes to avoid and the variations. The catalogue ships with the exercises of the clinic's
 * active-rest article; a chiropractor prescribes from it.
 */
@Entity
@Table(name = "exercise")
public class Exercise {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    /** A stable name for the exercise, for links and seed data: {@code cat-camel}. */
    @Column(nullable = false, unique = true, length = 60)
    private String code;

    @Column(nullable = false, length = 120)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Category category;

    @Column(name = "body_region", nullable = false, length = 40)
    private String bodyRegion;

    @Column(length = 120)
    private String position;

    @Column(nullable = false, length = 1000)
    private String purpose;

    @Embedded
    private Dosage dosage;

    @Column(name = "safety_note", length = 1000)
    private String safetyNote;

    @Column(nullable = false, length = 300)
    private String source;

    @ElementCollection
    @CollectionTable(name = "exercise_step", joinColumns = @JoinColumn(name = "exercise_id"))
    @OrderColumn(name = "step_no")
    @Column(name = "instruction", nullable = false, length = 1000)
    private List<String> steps = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "exercise_mistake", joinColumns = @JoinColumn(name = "exercise_id"))
    @OrderColumn(name = "mistake_no")
    @Column(name = "mistake", nullable = false, length = 500)
    private List<String> commonMistakes = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "exercise_variation", joinColumns = @JoinColumn(name = "exercise_id"))
    @OrderColumn(name = "variation_no")
    @Column(name = "variation", nullable = false, length = 500)
    private List<String> variations = new ArrayList<>();

    protected Exercise() {}

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public Category getCategory() {
        return category;
    }

    public String getBodyRegion() {
        return bodyRegion;
    }

    public String getPosition() {
        return position;
    }

    public String getPurpose() {
        return purpose;
    }

    public Dosage getDosage() {
        return dosage;
    }

    public String getSafetyNote() {
        return safetyNote;
    }

    public String getSource() {
        return source;
    }

    public List<String> getSteps() {
        return List.copyOf(steps);
    }

    public List<String> getCommonMistakes() {
        return List.copyOf(commonMistakes);
    }

    public List<String> getVariations() {
        return List.copyOf(variations);
    }
}
