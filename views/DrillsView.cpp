#include "views/DrillsView.h"

#include "backend/ClusterSession.h"
#include "backend/drbd/DrbdMonitor.h"
#include "backend/drills/DrillPlanStore.h"
#include "backend/drills/DrillReport.h"
#include "backend/drills/DrillRun.h"
#include "backend/haproxy/HaproxyMonitor.h"
#include "backend/network/NetworkMonitor.h"
#include "views/DrillTimeline.h"
#include "views/TimeChart.h"

#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QLineSeries>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QSaveFile>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QValueAxis>

namespace hadesk::views {
namespace {

constexpr int kNameRole = Qt::UserRole + 1;
constexpr char kSavedPrefix[] = "saved:";
constexpr int kLiveMs = 250;
const char* const kTimelineImage = "drill-timeline";

QString msText(qint64 ns)
{
    return DrillsView::tr("%L1 ms").arg((ns + 500000) / 1000000);
}

// Asks for the cluster's name before a destructive drill: OK only once it is typed exactly.
class NameDialog : public QDialog
{
public:
    NameDialog(const QString& cluster, const QString& drill, QWidget* parent)
        : QDialog(parent)
    {
        setWindowTitle(DrillsView::tr("Break %1 on purpose?").arg(cluster));
        auto* layout = new QVBoxLayout(this);
        auto* text = new QLabel(DrillsView::tr("The drill <b>%1</b> breaks the cluster <b>%2</b> on purpose, then puts it "
                                               "back. Type the cluster's name to start it.")
                                    .arg(drill.toHtmlEscaped(), cluster.toHtmlEscaped()),
                                this);
        text->setWordWrap(true);
        layout->addWidget(text);
        m_name = new QLineEdit(this);
        m_name->setObjectName(QStringLiteral("clusterName"));
        m_name->setPlaceholderText(cluster);
        layout->addWidget(m_name);
        auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
        buttons->button(QDialogButtonBox::Ok)->setText(DrillsView::tr("Start the drill"));
        buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
        connect(m_name, &QLineEdit::textChanged, this, [buttons, cluster](const QString& typed) {
            buttons->button(QDialogButtonBox::Ok)->setEnabled(typed.trimmed() == cluster);
        });
        connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
        connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
        layout->addWidget(buttons);
    }
    QString typed() const { return m_name->text().trimmed(); }

private:
    QLineEdit* m_name;
};

QTableWidgetItem* cell(const QString& text)
{
    auto* item = new QTableWidgetItem(text);
    item->setFlags(item->flags() & ~Qt::ItemIsEditable);
    return item;
}

} // namespace

DrillsView::DrillsView(ClusterSession* session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_pages(new QTabWidget(this))
{
    setObjectName(QStringLiteral("drills"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_pages->setObjectName(QStringLiteral("drillPages"));
    m_pages->addTab(planPage(), tr("Plan"));
    m_pages->addTab(runPage(), tr("Run"));
    m_pages->addTab(reportPage(), tr("Report"));
    m_pages->addTab(historyPage(), tr("History"));
    layout->addWidget(m_pages);
    m_validateSoon.setSingleShot(true);
    m_validateSoon.setInterval(300);
    connect(&m_validateSoon, &QTimer::timeout, this, &DrillsView::validatePlan);
    m_live.setInterval(kLiveMs);
    connect(&m_live, &QTimer::timeout, this, &DrillsView::refreshLive);
    // The parameters offered come from the cluster: offered again as it changes, the plan
    // checked again against it.
    connect(session, &ClusterSession::stateUpdated, this, [this] {
        refreshChoices();
        m_validateSoon.start();
    });
    connect(session, &ClusterSession::readOnlyChanged, this, &DrillsView::updateActions);
    fillLibrary();
    refreshHistory();
    updateActions();
}

DrillsView::~DrillsView() = default;

// ---------------------------------------------------------------------------------------------
// The plan page

QWidget* DrillsView::planPage()
{
    auto* page = new QWidget(this);
    page->setObjectName(QStringLiteral("drillPlan"));
    auto* split = new QSplitter(Qt::Horizontal, page);
    m_library = new QListWidget(split);
    m_library->setObjectName(QStringLiteral("drillLibrary"));
    m_library->setMinimumWidth(180);
    connect(m_library, &QListWidget::currentRowChanged, this, [this] { showParameters(); });

    auto* right = new QWidget(split);
    auto* column = new QVBoxLayout(right);
    m_summary = new QLabel(right);
    m_summary->setWordWrap(true);
    column->addWidget(m_summary);
    m_formBox = new QWidget(right);
    m_form = new QFormLayout(m_formBox);
    m_form->setContentsMargins(0, 0, 0, 0);
    column->addWidget(m_formBox);
    auto* planLabel = new QLabel(tr("The plan (the JSON <code>hadeskctl drill HOST run PLAN.json</code> runs):"), right);
    column->addWidget(planLabel);
    m_editor = new QPlainTextEdit;
    m_editor->setObjectName(QStringLiteral("drillPlanEditor"));
    m_editor->setFont(QFont(QStringLiteral("monospace")));
    m_editor->setLineWrapMode(QPlainTextEdit::NoWrap);
    connect(m_editor, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_filling)
            m_validateSoon.start();
    });
    auto* planTabs = new QTabWidget(right);
    planTabs->setObjectName(QStringLiteral("drillPlanTabs"));
    planTabs->addTab(settingsPage(), tr("Probes, limits, expectations"));
    planTabs->addTab(m_editor, tr("JSON"));
    column->addWidget(planTabs, 1);
    m_validation = new QLabel(right);
    m_validation->setObjectName(QStringLiteral("drillPlanValidation"));
    m_validation->setWordWrap(true);
    m_validation->setTextInteractionFlags(Qt::TextSelectableByMouse);
    column->addWidget(m_validation);

    auto* buttons = new QHBoxLayout;
    m_check = new QPushButton(tr("Check"), right);
    m_check->setObjectName(QStringLiteral("drillCheck"));
    m_check->setToolTip(tr("The safety checks and Pacemaker's prediction of the fault; nothing is changed"));
    connect(m_check, &QPushButton::clicked, this, &DrillsView::check);
    m_start = new QPushButton(tr("Start drill…"), right);
    m_start->setObjectName(QStringLiteral("drillStart"));
    connect(m_start, &QPushButton::clicked, this, [this] { start(); });
    m_save = new QPushButton(tr("Save"), right);
    m_save->setToolTip(tr("Keep the plan with this cluster's drills"));
    connect(m_save, &QPushButton::clicked, this, [this] {
        QString error;
        if (!savePlan(&error))
            m_validation->setText(u"✘ " + error);
    });
    m_remove = new QPushButton(tr("Delete"), right);
    m_remove->setToolTip(tr("Remove this saved plan"));
    connect(m_remove, &QPushButton::clicked, this, [this] {
        QListWidgetItem* item = m_library->currentItem();
        QString error;
        if (item && drills::DrillPlanStore(m_session->name()).remove(item->data(kNameRole).toString().mid(int(qstrlen(kSavedPrefix))), &error))
            fillLibrary();
        else if (!error.isEmpty())
            m_validation->setText(u"✘ " + error);
    });
    auto* import = new QPushButton(tr("Import…"), right);
    connect(import, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Import a drill plan"), {}, tr("Drill plans (*.json)"));
        QString error;
        if (!path.isEmpty() && !importPlan(path, &error))
            m_validation->setText(u"✘ " + error);
    });
    auto* exportButton = new QPushButton(tr("Export…"), right);
    connect(exportButton, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export the drill plan"),
                                                          (m_plan ? m_plan->name : QStringLiteral("drill")) + QStringLiteral(".json"),
                                                          tr("Drill plans (*.json)"));
        QString error;
        if (!path.isEmpty() && !exportPlan(path, &error))
            m_validation->setText(u"✘ " + error);
    });
    buttons->addWidget(m_check);
    buttons->addWidget(m_start);
    buttons->addStretch(1);
    buttons->addWidget(m_save);
    buttons->addWidget(m_remove);
    buttons->addWidget(import);
    buttons->addWidget(exportButton);
    column->addLayout(buttons);
    m_readOnly = new QLabel(tr("🔒 This cluster is opened read-only: no drills. Cluster ▸ Read-only turns it off."), right);
    m_readOnly->setObjectName(QStringLiteral("drillsReadOnly"));
    m_readOnly->setStyleSheet(QStringLiteral("color: #d09020; font-weight: bold"));
    column->addWidget(m_readOnly);
    m_refusalLabel = new QLabel(right);
    m_refusalLabel->setObjectName(QStringLiteral("drillRefusal"));
    m_refusalLabel->setWordWrap(true);
    m_refusalLabel->setStyleSheet(QStringLiteral("color: #c02020"));
    column->addWidget(m_refusalLabel);

    m_checks = new QTreeWidget(right);
    m_checks->setObjectName(QStringLiteral("drillChecks"));
    m_checks->setHeaderLabels({tr("Check"), tr("Result")});
    m_checks->setRootIsDecorated(false);
    m_checks->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_checks->setMaximumHeight(200);
    column->addWidget(m_checks);
    m_prediction = new QLabel(right);
    m_prediction->setObjectName(QStringLiteral("drillPrediction"));
    m_prediction->setWordWrap(true);
    m_prediction->setTextInteractionFlags(Qt::TextSelectableByMouse);
    column->addWidget(m_prediction);

    split->addWidget(m_library);
    split->addWidget(right);
    split->setStretchFactor(1, 1);
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(split);
    return page;
}

QWidget* DrillsView::settingsPage()
{
    auto* page = new QWidget;
    auto* layout = new QHBoxLayout(page);
    auto* numbers = new QFormLayout;
    struct Field
    {
        const char* key;
        QString label;
        int low, high;
        QString suffix;
    };
    const QList<Field> fields{
        {"probes.tcp_interval_ms", tr("TCP probe every"), 5, 10000, tr(" ms")},
        {"probes.http_interval_ms", tr("HTTP probe every"), 5, 10000, tr(" ms")},
        {"probes.timeout_ms", tr("Probe timeout"), 10, 30000, tr(" ms")},
        {"probes.failures_to_start", tr("Outage begins after"), 1, 100, tr(" failed probes")},
        {"probes.successes_to_end", tr("Outage ends after"), 1, 100, tr(" ok probes")},
        {"limits.baseline_ms", tr("Probe before the fault"), 500, 600000, tr(" ms")},
        {"limits.observe_ms", tr("Watch the failover at most"), 1000, 3600000, tr(" ms")},
        {"limits.hold_ms", tr("Then watch on"), 0, 600000, tr(" ms")},
        {"limits.settle_ms", tr("Wait for the cluster at most"), 1000, 3600000, tr(" ms")},
    };
    for (const Field& f : fields) {
        auto* box = new QSpinBox(page);
        box->setObjectName(QStringLiteral("drillSetting-") + QLatin1String(f.key));
        box->setRange(f.low, f.high);
        box->setSuffix(f.suffix);
        box->setKeyboardTracking(false);
        connect(box, &QSpinBox::valueChanged, this, [this] {
            if (!m_filling)
                applySettings();
        });
        m_settings.insert(QLatin1String(f.key), box);
        numbers->addRow(f.label, box);
    }
    layout->addLayout(numbers);
    auto* right = new QVBoxLayout;
    right->addWidget(new QLabel(tr("Expectations per service (* is every service):"), page));
    m_expectations = new QTableWidget(0, 4, page);
    m_expectations->setObjectName(QStringLiteral("drillExpectations"));
    m_expectations->setHorizontalHeaderLabels({tr("Service"), tr("Outage at most"), tr("Ends on"), tr("No failed request")});
    m_expectations->verticalHeader()->setVisible(false);
    m_expectations->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    right->addWidget(m_expectations, 1);
    layout->addLayout(right, 1);
    showSettings(drills::DrillPlan{}); // the defaults, until a plan is chosen
    return page;
}

void DrillsView::fillExpectationRows()
{
    QStringList services{QStringLiteral("*")};
    for (const net::Service& service : m_session->network()->picture().services)
        if (!services.contains(service.name))
            services << service.name;
    QStringList nodes{QString()};
    for (const pcmk::Node& n : m_session->state().nodes)
        nodes << n.name;
    QStringList shown;
    for (int row = 0; row < m_expectations->rowCount(); ++row)
        shown << m_expectations->item(row, 0)->text();
    if (shown == services)
        return;
    m_expectations->setRowCount(int(services.size()));
    for (int row = 0; row < int(services.size()); ++row) {
        m_expectations->setItem(row, 0, cell(services.at(row)));
        auto* outage = new QSpinBox(m_expectations);
        outage->setRange(-1, 3600000);
        outage->setSpecialValueText(tr("not asked"));
        outage->setSuffix(tr(" ms"));
        outage->setValue(-1);
        outage->setKeyboardTracking(false);
        auto* endsOn = new QComboBox(m_expectations);
        endsOn->addItems(nodes);
        endsOn->setItemText(0, tr("not asked"));
        auto* zero = new QCheckBox(m_expectations);
        m_expectations->setCellWidget(row, 1, outage);
        m_expectations->setCellWidget(row, 2, endsOn);
        m_expectations->setCellWidget(row, 3, zero);
        const auto changed = [this] {
            if (!m_filling)
                applySettings();
        };
        connect(outage, &QSpinBox::valueChanged, this, changed);
        connect(endsOn, &QComboBox::currentIndexChanged, this, changed);
        connect(zero, &QCheckBox::toggled, this, changed);
    }
}

void DrillsView::applySettings()
{
    QJsonDocument doc = QJsonDocument::fromJson(m_editor->toPlainText().toUtf8());
    if (!doc.isObject())
        return; // the JSON is being typed: the form waits for it to parse
    QJsonObject plan = doc.object();
    for (auto it = m_settings.cbegin(); it != m_settings.cend(); ++it) {
        const QString section = it.key().section(u'.', 0, 0), key = it.key().section(u'.', 1);
        QJsonObject part = plan.value(section).toObject();
        part.insert(key, it.value()->value());
        plan.insert(section, part);
    }
    QJsonArray expected;
    for (int row = 0; row < m_expectations->rowCount(); ++row) {
        const auto* outage = qobject_cast<QSpinBox*>(m_expectations->cellWidget(row, 1));
        const auto* endsOn = qobject_cast<QComboBox*>(m_expectations->cellWidget(row, 2));
        const auto* zero = qobject_cast<QCheckBox*>(m_expectations->cellWidget(row, 3));
        if (outage->value() < 0 && endsOn->currentIndex() <= 0 && !zero->isChecked())
            continue;
        QJsonObject e{{QStringLiteral("service"), m_expectations->item(row, 0)->text()}};
        if (outage->value() >= 0)
            e.insert(QStringLiteral("max_outage_ms"), outage->value());
        if (endsOn->currentIndex() > 0)
            e.insert(QStringLiteral("ends_on"), endsOn->currentText());
        if (zero->isChecked())
            e.insert(QStringLiteral("zero_failed"), true);
        expected << e;
    }
    plan.insert(QStringLiteral("expectations"), expected);
    m_filling = true;
    m_editor->setPlainText(QString::fromUtf8(QJsonDocument(plan).toJson()));
    m_filling = false;
    validatePlan();
}

void DrillsView::showSettings(const drills::DrillPlan& plan)
{
    m_filling = true;
    const QJsonObject json = plan.toJson();
    for (auto it = m_settings.cbegin(); it != m_settings.cend(); ++it)
        it.value()->setValue(json.value(it.key().section(u'.', 0, 0)).toObject().value(it.key().section(u'.', 1)).toInt());
    fillExpectationRows();
    for (int row = 0; row < m_expectations->rowCount(); ++row) {
        const QString service = m_expectations->item(row, 0)->text();
        auto* outage = qobject_cast<QSpinBox*>(m_expectations->cellWidget(row, 1));
        auto* endsOn = qobject_cast<QComboBox*>(m_expectations->cellWidget(row, 2));
        auto* zero = qobject_cast<QCheckBox*>(m_expectations->cellWidget(row, 3));
        outage->setValue(-1);
        endsOn->setCurrentIndex(0);
        zero->setChecked(false);
        for (const drills::Expectation& e : plan.expectations) {
            if (e.service != service)
                continue;
            if (e.maxOutageMs >= 0)
                outage->setValue(int(e.maxOutageMs));
            if (!e.endsOn.isEmpty())
                endsOn->setCurrentIndex(std::max(0, endsOn->findText(e.endsOn)));
            if (e.zeroFailed)
                zero->setChecked(true);
        }
    }
    m_filling = false;
}

void DrillsView::fillLibrary()
{
    const QString current = m_library->currentItem() ? m_library->currentItem()->data(kNameRole).toString() : QString();
    m_library->clear();
    for (const drills::DrillLibrary::Entry& e : drills::DrillLibrary::entries()) {
        auto* item = new QListWidgetItem(e.name, m_library);
        item->setData(kNameRole, e.name);
        item->setToolTip(e.summary);
    }
    const QStringList saved = drills::DrillPlanStore(m_session->name()).names();
    for (const QString& name : saved) {
        auto* item = new QListWidgetItem(tr("★ %1").arg(name), m_library);
        item->setData(kNameRole, QString(QLatin1String(kSavedPrefix) + name));
        item->setToolTip(tr("saved with this cluster"));
    }
    if (!selectDrill(current))
        m_library->setCurrentRow(0);
}

bool DrillsView::selectDrill(const QString& name)
{
    for (int i = 0; i < m_library->count(); ++i)
        if (m_library->item(i)->data(kNameRole).toString() == name) {
            m_library->setCurrentRow(i);
            return true;
        }
    return false;
}

QStringList DrillsView::valuesFor(const QString& parameter, const QString& drill) const
{
    QStringList values;
    if (!m_session)
        return values;
    const pcmk::ClusterState& state = m_session->state();
    if (parameter == u"resource") {
        for (const pcmk::Resource& r : state.resources)
            if (r.agentClass != u"stonith" && !r.activeOn.isEmpty() && !values.contains(r.id))
                values << r.id;
    } else if (parameter == u"node") {
        if (drill == u"haproxy-loss" && m_session->haproxy())
            values = m_session->haproxy()->nodes();
        if (values.isEmpty())
            for (const pcmk::Node& n : state.nodes)
                values << n.name;
    } else if (parameter == u"segment") {
        values << QStringLiteral("internal") << QStringLiteral("external") << QStringLiteral("all");
        for (const net::Segment& s : m_session->network()->picture().segments)
            values << s.subnet;
    } else if (parameter == u"drbd" && m_session->drbd()) {
        for (const drbd::ResourceOverview& r : m_session->drbd()->resources())
            values << r.name;
    }
    return values;
}

void DrillsView::refreshChoices()
{
    // Only what is offered: the plan (which the operator may have edited) is left as it is.
    QListWidgetItem* item = m_library->currentItem();
    const QString drill = item ? item->data(kNameRole).toString() : QString();
    m_filling = true;
    for (auto it = m_parameters.cbegin(); it != m_parameters.cend(); ++it) {
        QComboBox* box = it.value();
        const QStringList values = valuesFor(it.key(), drill);
        QStringList shown;
        for (int i = 0; i < box->count(); ++i)
            shown << box->itemText(i);
        if (shown == values)
            continue;
        const QString chosen = box->currentText();
        box->clear();
        box->addItems(values);
        box->setCurrentText(chosen);
    }
    m_filling = false;
}

void DrillsView::showParameters()
{
    while (m_form->rowCount() > 0)
        m_form->removeRow(0);
    m_parameters.clear();
    m_commands.clear();
    QListWidgetItem* item = m_library->currentItem();
    const QString name = item ? item->data(kNameRole).toString() : QString();
    m_remove->setVisible(name.startsWith(QLatin1String(kSavedPrefix)));
    if (name.startsWith(QLatin1String(kSavedPrefix))) {
        QString error;
        const auto saved = drills::DrillPlanStore(m_session->name()).load(name.mid(int(qstrlen(kSavedPrefix))), &error);
        m_summary->setText(saved ? saved->description : error);
        m_filling = true;
        m_editor->setPlainText(saved ? QString::fromUtf8(QJsonDocument(saved->toJson()).toJson()) : QString());
        m_filling = false;
        validatePlan();
        return;
    }
    const drills::DrillLibrary::Entry* entry = drills::DrillLibrary::entry(name);
    if (!entry)
        return;
    m_summary->setText(QStringLiteral("<b>%1</b>: %2").arg(entry->name.toHtmlEscaped(), entry->summary.toHtmlEscaped()));
    for (const QString& parameter : entry->parameters) {
        if (parameter == u"inject" || parameter == u"undo") {
            auto* line = new QLineEdit(m_formBox);
            line->setObjectName(QStringLiteral("drillParameter-") + parameter);
            line->setPlaceholderText(parameter == u"inject" ? tr("ipmitool -H bmc-node2 chassis power off")
                                                            : tr("ipmitool -H bmc-node2 chassis power on"));
            line->setToolTip(tr("A command and its arguments, run on this machine (split like a command line, never run "
                                "by a shell)"));
            connect(line, &QLineEdit::textChanged, this, &DrillsView::rebuildPlan);
            m_commands.insert(parameter, line);
            m_form->addRow(parameter == u"inject" ? tr("Fault command") : tr("Undo command"), line);
            continue;
        }
        auto* box = new QComboBox(m_formBox);
        box->setObjectName(QStringLiteral("drillParameter-") + parameter);
        box->setEditable(true);
        box->addItems(valuesFor(parameter, name));
        connect(box, &QComboBox::currentTextChanged, this, [this] {
            if (!m_filling)
                rebuildPlan();
        });
        m_parameters.insert(parameter, box);
        const QString label = parameter == u"resource" ? tr("Resource")
                              : parameter == u"node"   ? tr("Node")
                              : parameter == u"segment" ? tr("Segment")
                              : parameter == u"drbd"    ? tr("DRBD resource")
                                                        : parameter;
        m_form->addRow(label, box);
    }
    rebuildPlan();
}

QComboBox* DrillsView::parameter(const QString& name) const
{
    return m_parameters.value(name);
}

bool DrillsView::setParameter(const QString& name, const QString& value)
{
    if (QComboBox* box = m_parameters.value(name)) {
        box->setCurrentText(value);
        rebuildPlan();
        return true;
    }
    if (QLineEdit* line = m_commands.value(name)) {
        line->setText(value);
        return true;
    }
    return false;
}

void DrillsView::rebuildPlan()
{
    QListWidgetItem* item = m_library->currentItem();
    if (!item || item->data(kNameRole).toString().startsWith(QLatin1String(kSavedPrefix)))
        return;
    QMap<QString, QString> parameters;
    for (auto it = m_parameters.cbegin(); it != m_parameters.cend(); ++it)
        if (!it.value()->currentText().trimmed().isEmpty())
            parameters.insert(it.key(), it.value()->currentText().trimmed());
    QMap<QString, QStringList> commands;
    for (auto it = m_commands.cbegin(); it != m_commands.cend(); ++it) {
        const QStringList argv = QProcess::splitCommand(it.value()->text());
        if (!argv.isEmpty())
            commands.insert(it.key(), argv);
    }
    QString error;
    const auto built = drills::DrillLibrary::build(item->data(kNameRole).toString(), parameters, commands, &error);
    m_filling = true;
    if (built)
        m_editor->setPlainText(QString::fromUtf8(QJsonDocument(built->toJson()).toJson()));
    m_filling = false;
    if (built) {
        applySettings(); // the form's probes, limits and expectations kept from drill to drill
    } else {
        m_plan.reset();
        m_planError = error;
        m_validation->setText(u"✘ " + error);
        updateActions();
    }
}

void DrillsView::validatePlan()
{
    m_plan.reset();
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(m_editor->toPlainText().toUtf8(), &parseError);
    QString error;
    std::optional<drills::DrillPlan> plan;
    if (!doc.isObject())
        error = tr("not a JSON object: %1 (at character %2)").arg(parseError.errorString()).arg(parseError.offset);
    else
        plan = drills::DrillPlan::fromJson(doc.object(), &error);
    if (plan && !m_filling)
        showSettings(*plan); // what was typed or loaded, in the form too
    QStringList titles;
    if (plan) {
        // Against the cluster as it is now: the resources, nodes and segments it names.
        if (const auto faults = drills::DrillRun::resolve(*plan, m_session, &error)) {
            for (const drills::ResolvedFault& f : *faults)
                titles << f.title;
            for (const QString& node : plan->probeFrom)
                if (!m_session->hosts().contains(node))
                    error = tr("probes.from_nodes: %1 is not one of the cluster's hosts").arg(node);
        } else {
            plan.reset();
        }
    }
    if (plan && error.isEmpty()) {
        m_plan = plan;
        m_planError.clear();
        m_validation->setStyleSheet(QStringLiteral("color: #207020"));
        m_validation->setText(tr("✔ ready: %1").arg(titles.join(QStringLiteral("; "))));
    } else {
        m_planError = error;
        m_validation->setStyleSheet(QStringLiteral("color: #c02020"));
        m_validation->setText(u"✘ " + error);
    }
    updateActions();
}

bool DrillsView::savePlan(QString* error)
{
    validatePlan();
    if (!m_plan) {
        *error = m_planError;
        return false;
    }
    if (!drills::DrillPlanStore(m_session->name()).save(*m_plan, error))
        return false;
    fillLibrary();
    selectDrill(QLatin1String(kSavedPrefix) + m_plan->name);
    return true;
}

bool DrillsView::importPlan(const QString& path, QString* error)
{
    const auto imported = drills::DrillPlan::fromFile(path, error);
    if (!imported)
        return false;
    m_library->setCurrentRow(-1);
    m_filling = true;
    m_editor->setPlainText(QString::fromUtf8(QJsonDocument(imported->toJson()).toJson()));
    m_filling = false;
    validatePlan();
    return true;
}

bool DrillsView::exportPlan(const QString& path, QString* error) const
{
    if (!m_plan) {
        *error = m_planError;
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(m_plan->toJson()).toJson()) < 0 || !file.commit()) {
        *error = tr("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

void DrillsView::updateActions()
{
    const bool readOnly = !m_session || m_session->profile().readOnly;
    const bool busy = isRunning() || (m_dryRun && !m_dryRun->isFinished());
    m_readOnly->setVisible(readOnly);
    m_check->setEnabled(!readOnly && !busy && m_plan.has_value());
    m_start->setEnabled(!readOnly && !busy && m_plan.has_value());
    m_abort->setEnabled(isRunning());
    for (QPushButton* b : std::as_const(m_exports))
        b->setEnabled(m_shown != nullptr);
}

// ---------------------------------------------------------------------------------------------
// Checks, prediction, start

void DrillsView::check()
{
    validatePlan();
    if (!m_plan || m_session->profile().readOnly)
        return;
    m_checks->clear();
    m_prediction->setText(tr("Asking Pacemaker…"));
    auto* dry = new drills::DrillRun(m_session, *m_plan, {}, drills::DrillRun::Mode::DryRun);
    m_dryRun = dry;
    connect(dry, &jobs::Job::finished, this, [this, dry] {
        const drills::DrillRecord& record = dry->record();
        m_checks->clear();
        for (const drills::SafetyCheck& c : record.checks) {
            auto* row = new QTreeWidgetItem(m_checks, {(c.passed ? QStringLiteral("✔ ") : QStringLiteral("✘ ")) + c.name, c.detail});
            row->setForeground(0, c.passed ? QColor(0x20, 0x70, 0x20) : QColor(0xc0, 0x20, 0x20));
        }
        QString text;
        if (!record.prediction.isEmpty())
            text = tr("Pacemaker predicts: %1").arg(record.prediction.join(QStringLiteral("; ")));
        else if (!record.predictionNote.isEmpty())
            text = tr("No prediction: %1").arg(record.predictionNote);
        if (record.result == u"refused")
            text += (text.isEmpty() ? QString() : QStringLiteral("\n")) + tr("Refused: %1").arg(record.reason);
        m_prediction->setText(text);
        updateActions();
        Q_EMIT checked();
    });
    m_session->run(dry);
    updateActions();
}

QString DrillsView::prediction() const
{
    return m_prediction->text();
}

std::optional<QString> DrillsView::askName(const QString& drill)
{
    if (m_prompt)
        return m_prompt(m_session->name(), drill);
    NameDialog dialog(m_session->name(), drill, this);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.typed();
}

bool DrillsView::start()
{
    m_refusal.clear();
    validatePlan();
    if (!m_plan)
        m_refusal = tr("not started: %1").arg(m_planError);
    else if (m_session->profile().readOnly)
        m_refusal = tr("not started: the cluster is opened read-only");
    else if (isRunning())
        m_refusal = tr("not started: a drill is running on this cluster");
    if (m_refusal.isEmpty() && m_plan->destructive()) {
        const std::optional<QString> typed = askName(m_plan->name);
        if (!typed)
            m_refusal = tr("not started: cancelled");
        else if (*typed != m_session->name())
            m_refusal = tr("not started: \"%1\" is not the cluster's name (%2)").arg(*typed, m_session->name());
    }
    m_refusalLabel->setText(m_refusal);
    if (!m_refusal.isEmpty())
        return false;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    auto* drill = new drills::DrillRun(m_session, *m_plan, drills::DrillPlanStore(m_session->name()).reportDirectory(m_plan->name, now));
    m_run = drill;
    connect(drill, &jobs::Job::stepChanged, this, [this, drill](int index) {
        const QList<jobs::JobStep>& steps = drill->steps();
        if (index >= 0 && index < steps.size())
            m_step->setText(tr("Step %1 of %2: %3").arg(index + 1).arg(steps.size()).arg(steps.at(index).title));
    });
    connect(drill, &jobs::Job::finished, this, &DrillsView::onRunFinished);
    m_timeline->clear();
    m_outages->setRowCount(0);
    m_session->run(drill);
    m_live.start();
    m_pages->setCurrentIndex(1);
    updateActions();
    return true;
}

bool DrillsView::isRunning() const
{
    return m_run && !m_run->isFinished();
}

void DrillsView::abort()
{
    if (isRunning()) {
        m_step->setText(tr("Aborting: the fault is undone at once, then the cluster is proven restored…"));
        m_run->cancel();
    }
}

// ---------------------------------------------------------------------------------------------
// The run page

QWidget* DrillsView::runPage()
{
    auto* page = new QWidget(this);
    page->setObjectName(QStringLiteral("drillRun"));
    auto* layout = new QVBoxLayout(page);
    auto* top = new QHBoxLayout;
    m_step = new QLabel(tr("No drill is running. Pick one on the Plan page."), page);
    m_step->setObjectName(QStringLiteral("drillStep"));
    m_step->setWordWrap(true);
    m_abort = new QPushButton(tr("Abort"), page);
    m_abort->setObjectName(QStringLiteral("drillAbort"));
    m_abort->setToolTip(tr("Undo the fault at once, recover, prove the cluster restored"));
    m_abort->setStyleSheet(QStringLiteral("QPushButton:enabled { color: white; background: #c02020; font-weight: bold; padding: 4px 16px }"));
    connect(m_abort, &QPushButton::clicked, this, &DrillsView::abort);
    top->addWidget(m_step, 1);
    top->addWidget(m_abort);
    layout->addLayout(top);
    m_timeline = new DrillTimeline(page);
    layout->addWidget(m_timeline, 3);
    m_outages = new QTableWidget(0, 6, page);
    m_outages->setObjectName(QStringLiteral("drillOutages"));
    m_outages->setHorizontalHeaderLabels({tr("Service"), tr("Address"), tr("Now"), tr("Outage so far"), tr("Failed probes"), tr("Probes")});
    m_outages->horizontalHeader()->setStretchLastSection(true);
    m_outages->verticalHeader()->setVisible(false);
    layout->addWidget(m_outages, 1);
    return page;
}

void DrillsView::refreshLive()
{
    if (!m_run)
        return;
    const drills::DrillRecord record = m_run->liveRecord();
    // Each stream's figures once, for the bands and the table alike.
    QList<drills::ServiceReport> reports;
    for (const drills::ProbeStreamRecord& stream : record.probes)
        reports << drills::DrillReport::serviceReport(record, stream);
    m_timeline->show(record, reports);
    m_outages->setRowCount(int(record.probes.size()));
    for (qsizetype i = 0; i < record.probes.size(); ++i) {
        const drills::ProbeStreamRecord& stream = record.probes.at(i);
        const drills::ServiceFigures& f = reports.at(i).figures;
        const bool down = (!f.outages.isEmpty() && !f.outages.constLast().recovered) ||
                          (!stream.results.isEmpty() && !stream.results.constLast().ok());
        const int row = int(i);
        m_outages->setItem(row, 0, cell(stream.target.id()));
        m_outages->setItem(row, 1, cell(stream.target.endpoint()));
        m_outages->setItem(row, 2, cell(stream.results.isEmpty() ? tr("—") : down ? tr("down") : tr("answering")));
        m_outages->item(row, 2)->setForeground(down ? QColor(0xc0, 0x20, 0x20) : QColor(0x20, 0x70, 0x20));
        m_outages->setItem(row, 3, cell(msText(f.outageNs)));
        m_outages->setItem(row, 4, cell(QString::number(f.failedProbes)));
        m_outages->setItem(row, 5, cell(QString::number(f.probes)));
    }
}

void DrillsView::onRunFinished()
{
    m_live.stop();
    if (!m_run)
        return;
    refreshLive();
    const drills::DrillRecord& record = m_run->record();
    m_step->setText(tr("Ended: %1 — %2").arg(record.result, m_run->outcomeText()));
    showReport(record);
    refreshHistory();
    updateActions();
    if (record.faultNs >= 0)
        m_pages->setCurrentIndex(2);
    Q_EMIT finished();
}

// ---------------------------------------------------------------------------------------------
// Report and history

QWidget* DrillsView::reportPage()
{
    auto* page = new QWidget(this);
    page->setObjectName(QStringLiteral("drillReport"));
    auto* layout = new QVBoxLayout(page);
    m_report = new QTextBrowser(page);
    m_report->setObjectName(QStringLiteral("drillReportView"));
    m_report->setPlaceholderText(tr("A drill's report appears here when it ends, or when one is opened from the history."));
    layout->addWidget(m_report, 1);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    for (const auto& [label, suffix] : {std::pair{tr("Export HTML…"), QStringLiteral("html")},
                                        std::pair{tr("Export PDF…"), QStringLiteral("pdf")},
                                        std::pair{tr("Export JSON…"), QStringLiteral("json")}}) {
        auto* button = new QPushButton(label, page);
        connect(button, &QPushButton::clicked, this, [this, suffix = suffix] {
            const QString name = m_shown ? m_shown->plan.name + u'.' + suffix : QString();
            const QString path = QFileDialog::getSaveFileName(this, tr("Export the report"), name);
            QString error;
            if (!path.isEmpty() && !exportReport(path, &error))
                m_report->append(QStringLiteral("<p style='color:#c02020'>%1</p>").arg(error.toHtmlEscaped()));
        });
        buttons->addWidget(button);
        m_exports << button;
    }
    layout->addLayout(buttons);
    return page;
}

void DrillsView::showReport(const drills::DrillRecord& record)
{
    m_shown = std::make_unique<drills::DrillRecord>(record);
    m_shownDirectory.clear();
    m_report->document()->addResource(QTextDocument::ImageResource, QUrl(QLatin1String(kTimelineImage)),
                                      drills::DrillReport::timelineImage(record, 960));
    m_report->setHtml(drills::DrillReport::richText(drills::DrillReport::toHtml(record), QLatin1String(kTimelineImage)));
    updateActions();
}

bool DrillsView::exportReport(const QString& path, QString* error) const
{
    if (!m_shown) {
        *error = tr("no report to export");
        return false;
    }
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (!m_shownDirectory.isEmpty()) {
        // A run from the history: the files it wrote, as they were.
        const QString from = m_shownDirectory + QStringLiteral("/report.") + (suffix == u"htm" ? QStringLiteral("html") : suffix);
        QFile::remove(path);
        if (!QFile::copy(from, path)) {
            *error = tr("cannot copy %1 to %2").arg(from, path);
            return false;
        }
        return true;
    }
    const QString html = drills::DrillReport::toHtml(*m_shown);
    if (path.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive))
        return drills::DrillReport::writePdf(*m_shown, html, path, error);
    QSaveFile file(path);
    const QByteArray content = path.endsWith(QLatin1String(".json"), Qt::CaseInsensitive)
                                   ? QJsonDocument(drills::DrillReport::toJson(*m_shown)).toJson()
                                   : html.toUtf8();
    if (!file.open(QIODevice::WriteOnly) || file.write(content) < 0 || !file.commit()) {
        *error = tr("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

QWidget* DrillsView::historyPage()
{
    auto* page = new QWidget(this);
    page->setObjectName(QStringLiteral("drillHistory"));
    auto* layout = new QVBoxLayout(page);
    m_history = new QTableWidget(0, 5, page);
    m_history->setObjectName(QStringLiteral("drillHistoryTable"));
    m_history->setHorizontalHeaderLabels({tr("Date"), tr("Drill"), tr("Result"), tr("Worst outage"), tr("Service")});
    m_history->horizontalHeader()->setStretchLastSection(true);
    m_history->verticalHeader()->setVisible(false);
    m_history->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_history->setToolTip(tr("Double-click a run for its report"));
    connect(m_history, &QTableWidget::cellDoubleClicked, this, [this](int row, int) {
        QString error;
        if (!openHistoryEntry(row, &error))
            m_report->setPlainText(error);
        m_pages->setCurrentIndex(2);
    });
    m_history->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    layout->addWidget(m_history, 1);
    auto* which = new QHBoxLayout;
    which->addWidget(new QLabel(tr("Outage across the runs of"), page));
    m_historyDrill = new QComboBox(page);
    m_historyDrill->setObjectName(QStringLiteral("drillHistoryDrill"));
    connect(m_historyDrill, &QComboBox::currentTextChanged, this, &DrillsView::refreshHistoryChart);
    which->addWidget(m_historyDrill);
    which->addStretch(1);
    layout->addLayout(which);
    m_historyChart = timeChart(tr("Each service's outage, run by run"), QStringLiteral("MM-dd hh:mm"), QStringLiteral("%d ms"));
    auto* chartView = new QChartView(m_historyChart, page);
    chartView->setObjectName(QStringLiteral("drillHistoryChart"));
    chartView->setRenderHint(QPainter::Antialiasing);
    chartView->setMinimumHeight(220);
    layout->addWidget(chartView, 1);
    return page;
}

void DrillsView::refreshHistory()
{
    m_historyEntries = drills::DrillReport::history(m_session->name());
    m_history->setRowCount(int(m_historyEntries.size()));
    QStringList drills;
    // Newest first.
    for (qsizetype i = 0; i < m_historyEntries.size(); ++i) {
        const QJsonObject& e = m_historyEntries.at(i);
        const int row = int(m_historyEntries.size() - 1 - i);
        const QDateTime at = QDateTime::fromString(e.value(QLatin1String("started_at")).toString(), Qt::ISODateWithMs);
        m_history->setItem(row, 0, cell(at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd hh:mm:ss"))));
        m_history->setItem(row, 1, cell(e.value(QLatin1String("drill")).toString()));
        m_history->setItem(row, 2, cell(e.value(QLatin1String("result")).toString()));
        m_history->setItem(row, 3, cell(msText(e.value(QLatin1String("worst_outage_ms")).toInteger() * 1000000)));
        m_history->setItem(row, 4, cell(e.value(QLatin1String("worst_service")).toString()));
        if (!drills.contains(e.value(QLatin1String("drill")).toString()))
            drills << e.value(QLatin1String("drill")).toString();
    }
    // The newest run's drill: after a drill, its runs compared.
    const QString newest = m_historyEntries.isEmpty() ? QString() : m_historyEntries.constLast().value(QLatin1String("drill")).toString();
    const QSignalBlocker quiet(m_historyDrill);
    m_historyDrill->clear();
    m_historyDrill->addItems(drills);
    m_historyDrill->setCurrentText(newest);
    refreshHistoryChart();
}

void DrillsView::refreshHistoryChart()
{
    const QString drill = m_historyDrill->currentText();
    QMap<QString, QLineSeries*> byService;
    m_historyChart->removeAllSeries();
    qint64 maxOutage = 1;
    QDateTime first, last;
    for (const QJsonObject& e : std::as_const(m_historyEntries)) {
        const QDateTime at = QDateTime::fromString(e.value(QLatin1String("started_at")).toString(), Qt::ISODateWithMs);
        if (!at.isValid() || e.value(QLatin1String("drill")).toString() != drill)
            continue;
        first = first.isValid() ? std::min(first, at) : at;
        last = last.isValid() ? std::max(last, at) : at;
        const QJsonObject outages = e.value(QLatin1String("outages_ms")).toObject();
        for (auto it = outages.constBegin(); it != outages.constEnd(); ++it) {
            QLineSeries*& series = byService[it.key()];
            if (!series) {
                series = new QLineSeries;
                series->setName(it.key());
                series->setPointsVisible(true);
            }
            series->append(qreal(at.toMSecsSinceEpoch()), qreal(it.value().toInteger()));
            maxOutage = std::max(maxOutage, it.value().toInteger());
        }
    }
    for (QLineSeries* series : std::as_const(byService))
        attachSeries(m_historyChart, series);
    if (!first.isValid())
        return;
    for (QAbstractAxis* axis : m_historyChart->axes(Qt::Horizontal))
        axis->setRange(first.addSecs(-60), last.addSecs(60));
    for (QAbstractAxis* axis : m_historyChart->axes(Qt::Vertical))
        if (auto* value = qobject_cast<QValueAxis*>(axis)) {
            value->setRange(0, double(maxOutage) * 1.1);
            value->applyNiceNumbers();
        }
}

bool DrillsView::openHistoryEntry(int row, QString* error)
{
    const qsizetype index = m_historyEntries.size() - 1 - row;
    if (row < 0 || index < 0) {
        *error = tr("no such run");
        return false;
    }
    // The page as it was written, its timeline drawn again from the probes it was computed from.
    const QString dir = m_historyEntries.at(index).value(QLatin1String("report")).toString();
    QFile page(dir + QStringLiteral("/report.html"));
    QFile raw(dir + QStringLiteral("/probes.json"));
    if (dir.isEmpty() || !page.open(QIODevice::ReadOnly) || !raw.open(QIODevice::ReadOnly)) {
        *error = tr("the run's report is not kept (%1)").arg(dir.isEmpty() ? tr("it had no report folder") : page.errorString());
        return false;
    }
    const auto record = drills::DrillReport::fromRawJson(QJsonDocument::fromJson(raw.readAll()).object(), error);
    if (!record)
        return false;
    m_shown = std::make_unique<drills::DrillRecord>(*record);
    m_shownDirectory = dir;
    m_report->document()->addResource(QTextDocument::ImageResource, QUrl(QLatin1String(kTimelineImage)),
                                      drills::DrillReport::timelineImage(*record, 960));
    m_report->setHtml(drills::DrillReport::richText(QString::fromUtf8(page.readAll()), QLatin1String(kTimelineImage)));
    updateActions();
    return true;
}

} // namespace hadesk::views
