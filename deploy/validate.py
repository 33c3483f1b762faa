#!/usr/bin/env python3
"""Offline checks of docker-compose.yml, the services' Dockerfile.jvm and deploy/ against the code.

Run through deploy/validate.sh, which provides Python 3 with PyYAML. Only what is specific to Polku is checked:
ports, environment names, probes and security settings, databases and their roles, that every topic the code
produces or consumes has a KafkaTopic and is allowed to exactly its service's KafkaUser, and that Secrets stay
templates. What the code uses is read from the code: libs/platform's Topics.java and microprofile-config.properties,
libs/access's for the services that use it, each service's application.properties and its outbox.publish(...) and
accessFacts.publish(...) calls. The conventions themselves are described
in deploy/README.md.
"""

import json
import os
import re
import shutil
import subprocess
import sys

import yaml

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PLATFORM = "libs/platform/src/main"
ACCESS = "libs/access/src/main"
DEV_KEY = "libs/platform/src/main/resources/dev-keys/jwt-public.pem"
PLACEHOLDER = "REPLACE_ME"

# name, HTTP port, database, short name (polku.service: the DLQ suffix and the Secret suffix)
SERVICES = [
    ("intake-service", 8081, "intake", "intake"),
    ("case-owner-service", 8082, "case_owner", "case-owner"),
    ("assessment-service", 8083, "assessment", "assessment"),
    ("coaching-service", 8084, "coaching", "coaching"),
    ("reporting-service", 8085, "reporting", "reporting"),
    ("partner-service", 8087, "partner", "partner"),
]
# The FHIR gateway owns no data (no database, no Kafka): it calls these services' HTTP ports.
GATEWAY = ("fhir-gateway", 8086)
# Health and metrics: the management interface (quarkus.management.port), never the public port
MANAGEMENT_PORT = 9000
GATEWAY_UPSTREAMS = {"POLKU_INTAKE_URL": "intake-service", "POLKU_CASE_OWNER_URL": "case-owner-service",
                     "POLKU_ASSESSMENT_URL": "assessment-service", "POLKU_COACHING_URL": "coaching-service"}
GATEWAY_ENV = {"QUARKUS_PROFILE", "QUARKUS_HTTP_PORT", "POLKU_JWT_ISSUER", "MP_JWT_VERIFY_PUBLICKEY_LOCATION",
               *GATEWAY_UPSTREAMS}
COMMON_ENV = {
    "QUARKUS_PROFILE", "QUARKUS_HTTP_PORT", "POLKU_DB_URL", "POLKU_DB_USER", "POLKU_DB_PASSWORD",
    "KAFKA_BOOTSTRAP_SERVERS", "POLKU_JWT_ISSUER", "MP_JWT_VERIFY_PUBLICKEY_LOCATION",
}
# Kubernetes only: Kafka over TLS with the service's SCRAM login (compose is plaintext, for local use).
K8S_KAFKA_ENV = {
    "KAFKA_SECURITY_PROTOCOL": "SASL_SSL", "KAFKA_SASL_MECHANISM": "SCRAM-SHA-512", "KAFKA_SSL_TRUSTSTORE_TYPE": "PEM",
    "KAFKA_SSL_TRUSTSTORE_LOCATION": None, "KAFKA_SASL_JAAS_CONFIG": None,
}
SERVICE_ENV = {"intake-service": {"POLKU_IDENTITY_ENCRYPTION_KEY", "POLKU_IDENTITY_INDEX_KEY"},
               "reporting-service": {"POLKU_EXPORT_PSEUDONYM_KEY"}}
# May be set, but are not required (anything else is taken for a typo).
OPTIONAL_ENV = {"POLKU_OUTBOX_ENABLED", "POLKU_OWN_ORGANISATIONS", "POLKU_STAFF_ORGANISATION",
                "QUARKUS_HTTP_BODY_UPLOADS_DIRECTORY", "JAVA_MAX_MEM_RATIO", "POLKU_OIDC_ENABLED",
                "POLKU_OIDC_AUTH_SERVER_URL", "POLKU_OIDC_CLIENT_ID", "POLKU_OIDC_CLIENT_SECRET"}
SECRET_ENV = {"POLKU_DB_PASSWORD", "POLKU_IDENTITY_ENCRYPTION_KEY", "POLKU_IDENTITY_INDEX_KEY",
              "KAFKA_SASL_JAAS_CONFIG", "POLKU_OIDC_CLIENT_SECRET", "POLKU_EXPORT_PSEUDONYM_KEY"}
CLUSTER_SCOPED = {"Namespace", "ClusterRole", "ClusterRoleBinding", "CustomResourceDefinition",
                  "PersistentVolume", "StorageClass"}


def env_names(service, k8s):
    return COMMON_ENV | SERVICE_ENV.get(service, set()) | (set(K8S_KAFKA_ENV) if k8s else set())


def read(path):
    with open(os.path.join(ROOT, path), encoding="utf-8") as f:
        return f.read()


def rel(path):
    return os.path.relpath(path, ROOT)


# ---------------------------------------------------------------------------------------------------------------
# What the code produces and consumes

def properties(path):
    """The unprofiled key=value lines of a .properties file (enough for the files of this project)."""
    props = {}
    for line in read(path).splitlines():
        line = line.strip()
        if line and not line.startswith(("#", "!", "%")) and "=" in line:
            key, value = line.split("=", 1)
            props[key.strip()] = value.strip()
    return props


def java_sources(directory):
    for dirpath, _, filenames in os.walk(os.path.join(ROOT, directory)):
        for f in sorted(filenames):
            if f.endswith(".java"):
                with open(os.path.join(dirpath, f), encoding="utf-8") as source:
                    yield f[:-5], source.read()


def topic_constants():
    text = read(f"{PLATFORM}/java/fi/polku/platform/events/Topics.java")
    return dict(re.findall(r'static final String (\w+) = "([^"]+)"', text))


def published(text, constants):
    """Topics that a source file hands to the outbox (aggregatetype), by Topics constant or literal."""
    calls = re.findall(r'outbox\.publish\(\s*(?:Topics\.(\w+)|"([^"]+)")', text)
    if len(calls) != text.count("outbox.publish("):
        raise ValueError("an outbox.publish(...) whose topic is neither a Topics constant nor a literal")
    return {constants[constant] if constant else literal for constant, literal in calls}


def publishers(library, constants):
    """{class name: topics} of a library's classes that publish through the outbox."""
    found = {name: published(text, constants) for name, text in java_sources(library + "/java")}
    return {name: topics for name, topics in found.items() if topics}


def code_model():
    """{service: {"produces": set, "reads": {topic: set of groups, None for a group-less reader}, ...}}"""
    constants = topic_constants()
    platform_config = properties(f"{PLATFORM}/resources/META-INF/microprofile-config.properties")
    access_config = properties(f"{ACCESS}/resources/META-INF/microprofile-config.properties")
    platform_publishers = publishers(PLATFORM, constants)
    access_publishers = publishers(ACCESS, constants)
    model = {}
    for name, port, _, short in SERVICES:
        uses_access = "<artifactId>polku-access</artifactId>" in read(f"services/{name}/pom.xml")
        config = dict(platform_config)
        if uses_access:
            config.update(access_config)
        config.update(properties(f"services/{name}/src/main/resources/application.properties"))

        def resolve(value):
            return re.sub(r"\$\{([\w.-]+)\}", lambda m: config.get(m.group(1), m.group(0)), value or "")

        sources = dict(java_sources(f"services/{name}/src/main/java"))
        produces = set().union(*(published(text, constants) for text in sources.values()))
        client_data = uses_access and config.get("polku.access.client-data", "true") != "false"
        shared_publishers = {**platform_publishers, **(access_publishers if uses_access else {})}
        for publisher, topics in shared_publishers.items():
            # The access log and emergency access publish wherever the client-data rules are on.
            if client_data or any(re.search(r"\b%s\b" % publisher, text) for text in sources.values()):
                produces |= topics
        reads = {}
        channels = sorted({k.split(".")[3] for k in config if k.startswith("mp.messaging.incoming.")})
        connector = "mp.messaging.connector.smallrye-kafka."
        dead_letters = set()
        for channel in channels:
            prefix = f"mp.messaging.incoming.{channel}."
            if config.get(prefix + "connector") != "smallrye-kafka" or config.get(prefix + "enabled") == "false":
                continue
            topics = config.get(prefix + "topics") or config.get(prefix + "topic") or channel
            group = resolve(config.get(prefix + "group.id") or config.get(connector + "group.id"))
            for topic in resolve(topics).split(","):
                reads.setdefault(topic.strip(), set()).add(group)
            strategy = config.get(prefix + "failure-strategy") or config.get(connector + "failure-strategy")
            if strategy == "dead-letter-queue":
                dead_letters.add(resolve(config.get(prefix + "dead-letter-queue.topic")
                                         or config.get(connector + "dead-letter-queue.topic")))
        for text in sources.values():
            # A plain kafka-clients consumer (reporting's projection rebuild) reads by assignment, without a group.
            if "KafkaConsumer<" in text:
                for c in re.findall(r"Topics\.([A-Z_]+)", text):
                    reads.setdefault(constants[c], set()).add(None)
        model[name] = {
            "short": short, "port": port, "config": config, "produces": produces | dead_letters,
            "dead_letters": dead_letters, "reads": reads,
        }
    return model


# ---------------------------------------------------------------------------------------------------------------
# Rendering the kustomizations

def load_all(path):
    with open(path, encoding="utf-8") as f:
        return [d for d in yaml.safe_load_all(f) if d is not None]


def json_patch(doc, ops):
    """Applies the add, replace and remove operations of an RFC 6902 patch, as the debezium overlay uses them."""
    for op in ops:
        *parents, last = [p.replace("~1", "/").replace("~0", "~") for p in op["path"].lstrip("/").split("/")]
        target = doc
        for p in parents:
            target = target[int(p)] if isinstance(target, list) else target[p]
        if isinstance(target, list):
            index = len(target) if last == "-" else int(last)
            if op["op"] == "add":
                target.insert(index, op["value"])
            elif op["op"] == "replace":
                target[index] = op["value"]
            else:
                del target[index]
        elif op["op"] in ("add", "replace"):
            target[last] = op["value"]
        else:
            del target[last]


def render(directory, files=None):
    """The documents of a kustomization: its resources (recursively), namespace, labels and JSON patches.
    Records every file it read in `files`."""
    files = files if files is not None else set()
    kpath = os.path.join(directory, "kustomization.yaml")
    files.add(kpath)
    kustomization = load_all(kpath)[0]
    docs = []
    for resource in kustomization.get("resources") or []:
        target = os.path.normpath(os.path.join(directory, resource))
        if os.path.isdir(target):
            docs += render(target, files)
        else:
            files.add(target)
            docs += load_all(target)
    for patch in kustomization.get("patches") or []:
        select = patch.get("target") or {}
        for d in docs:
            group = d["apiVersion"].rpartition("/")[0]
            if all(select.get(k, v) == v for k, v in (("kind", d["kind"]), ("name", d["metadata"]["name"]),
                                                      ("group", group))):
                json_patch(d, yaml.safe_load(patch["patch"]))
    namespace = kustomization.get("namespace")
    for d in docs:
        if namespace and d["kind"] not in CLUSTER_SCOPED:
            d["metadata"]["namespace"] = namespace
        for label in kustomization.get("labels") or []:
            d["metadata"].setdefault("labels", {}).update(label.get("pairs") or {})
    return docs


def kustomize_command():
    """kubectl kustomize (or kustomize build) when its kustomize is v4 or newer, else None and why."""
    if shutil.which("kustomize"):
        return ["kustomize", "build"], None
    if not shutil.which("kubectl"):
        return None, "neither kubectl nor kustomize is installed"
    run = subprocess.run(["kubectl", "version", "--client", "-o", "json"], capture_output=True, text=True)
    try:
        version = json.loads(run.stdout).get("kustomizeVersion", "")
    except ValueError:
        version = ""
    m = re.match(r"v(\d+)", version)
    if not m or int(m.group(1)) < 4:
        # Debian's kubernetes-client (1.20) embeds kustomize v2, which does not know "labels".
        return None, f"kubectl's kustomize {version or '(unknown)'} is older than v4"
    return ["kubectl", "kustomize"], None


# ---------------------------------------------------------------------------------------------------------------
# Reporting

class Report:
    def __init__(self):
        self.passed = self.failed = self.skipped = 0

    def check(self, name, problems):
        problems = [p for p in problems if p]
        if problems:
            self.failed += 1
            print(f"  FAIL  {name}")
            for p in problems:
                print(f"          - {p}")
        else:
            self.passed += 1
            print(f"  ok    {name}")


    def skip(self, name, why):
        self.skipped += 1
        print(f"  skip  {name}: {why}")


def mebibytes(quantity):
    m = re.fullmatch(r"(\d+)(Mi|Gi|M|G)?", str(quantity))
    if not m:
        return None
    factor = {"Mi": 1, "Gi": 1024, "M": 1e6 / 2 ** 20, "G": 1e9 / 2 ** 20, None: 1 / 2 ** 20}[m.group(2)]
    return int(m.group(1)) * factor


def all_topics(model):
    return set().union(*(m["produces"] | set(m["reads"]) for m in model.values()))


# ---------------------------------------------------------------------------------------------------------------
# Checks

def check_code(report, model):
    problems = []
    constants = topic_constants()
    for name, port, _, short in SERVICES:
        config = model[name]["config"]
        if config.get("quarkus.application.name") != name:
            problems.append(f"{name}: quarkus.application.name is {config.get('quarkus.application.name')}")
        if config.get("polku.service") != short:
            problems.append(f"{name}: polku.service is {config.get('polku.service')}, expected {short}")
        if config.get("quarkus.http.port") != str(port):
            problems.append(f"{name}: quarkus.http.port is {config.get('quarkus.http.port')}, expected {port}")
        for line in read(f"services/{name}/src/main/resources/application.properties").splitlines():
            # An environment variable read without a default must be set by compose and Kubernetes.
            if not line.lstrip().startswith(("#", "%")):
                for required in re.findall(r"\$\{([A-Z][A-Z0-9_]*)\}", line):
                    if required not in env_names(name, False) | OPTIONAL_ENV:
                        problems.append(f"{name} requires {required}, which compose and deploy/ do not set")
    unused = set(constants.values()) - all_topics(model)
    problems += [f"Topics.java names {t}, which no service produces or consumes" for t in sorted(unused)]
    platform = read(f"{PLATFORM}/resources/META-INF/microprofile-config.properties")
    platform += read(f"{ACCESS}/resources/META-INF/microprofile-config.properties")
    used = set(re.findall(r"\$\{([A-Z][A-Z0-9_]*)", platform))
    problems += [f"the platform config no longer reads {n}" for n in sorted(COMMON_ENV - {"QUARKUS_PROFILE",
                 "QUARKUS_HTTP_PORT", "MP_JWT_VERIFY_PUBLICKEY_LOCATION"} - used)]
    report.check("code: ports, application names and required environment of the services", problems)
    for name, m in model.items():
        reads = ", ".join(f"{t} ({'/'.join(sorted(g or '(no group)' for g in gs))})"
                          for t, gs in sorted(m["reads"].items()))
        print(f"          {name} writes {', '.join(sorted(m['produces']))}; reads {reads}")


def check_kafka_clients(report):
    """Kafka clients the code builds itself must take the kafka.* settings, or they cannot log in to deploy/'s Kafka."""
    problems = []
    for directory in [PLATFORM + "/java"] + [f"services/{name}/src/main/java" for name, _, _, _ in SERVICES]:
        for dirpath, _, filenames in os.walk(os.path.join(ROOT, directory)):
            for f in sorted(filenames):
                path = os.path.join(dirpath, f)
                text = read(path) if f.endswith(".java") else ""
                if re.search(r"\b(Admin|AdminClient)\.create\(|new Kafka(Consumer|Producer)<", text) \
                        and "KafkaClientSettings" not in text and "default-kafka-broker" not in text:
                    problems.append(f"{rel(path)} builds a Kafka client without the kafka.* settings "
                                    "(no TLS or SCRAM: it cannot connect to deploy/'s Kafka)")
    report.check("code: Kafka clients built in code take the kafka.* client settings", problems)


def check_dockerfiles(report):
    for name, port, _, _ in SERVICES + [GATEWAY + (None, None)]:
        path = f"services/{name}/src/main/docker/Dockerfile.jvm"
        if not os.path.isfile(os.path.join(ROOT, path)):
            report.check(f"Dockerfile.jvm of {name}", [f"{path} is missing"])
            continue
        text = read(path)
        lines = [l.strip() for l in text.splitlines() if l.strip() and not l.strip().startswith("#")]
        for arg, default in re.findall(r"^ARG\s+(\w+)=(\S+)", text, re.M):
            lines = [l.replace("${%s}" % arg, default).replace("$" + arg, default) for l in lines]
        problems = []
        froms = [l for l in lines if l.upper().startswith("FROM ")]
        if not froms or "registry.access.redhat.com/ubi9/openjdk-17-runtime" not in froms[-1]:
            problems.append("not based on registry.access.redhat.com/ubi9/openjdk-17-runtime")
        exposed = [p for l in lines if l.upper().startswith("EXPOSE ") for p in l.split()[1:]]
        if exposed != [str(port)]:
            problems.append(f"EXPOSE {' '.join(exposed) or '(none)'}, expected {port}")
        for part in ("lib/", "*.jar", "app/", "quarkus/"):
            if not any(l.upper().startswith("COPY ") and "quarkus-app/" + part in l for l in lines):
                problems.append(f"does not copy quarkus-app/{part}")
        users = [l.split()[1] for l in lines if l.upper().startswith("USER ")]
        if not users or users[-1] in ("0", "root"):
            problems.append("does not run as a non-root user")
        if "quarkus-run.jar" not in text:
            problems.append("does not start quarkus-run.jar")
        report.check(f"Dockerfile.jvm of {name}: base image, port {port}, fast-jar layers, non-root", problems)


def compose_env(service):
    env = service.get("environment") or {}
    if isinstance(env, list):
        env = dict(item.split("=", 1) if "=" in item else (item, None) for item in env)
    return {k: (None if v is None else str(v)) for k, v in env.items()}


def compose_pairs(items, keys):
    """(published, target) of compose ports, or (source, target) of volumes, in short or long syntax."""
    pairs = []
    for item in items or []:
        if isinstance(item, dict):
            pairs.append(tuple(str(item.get(k)) for k in keys))
        elif keys[0] == "published":
            parts = str(item).split("/")[0].split(":")
            pairs += [(parts[-2], parts[-1])] if len(parts) >= 2 else []
        else:
            parts = str(item).split(":")
            pairs += [(parts[0], parts[1])] if len(parts) >= 2 else []
    return pairs


def check_compose(report, model):
    compose = load_all(os.path.join(ROOT, "docker-compose.yml"))[0]
    services = compose.get("services") or {}
    problems = []
    pg = services.get("postgres") or {}
    if not str(pg.get("image", "")).startswith("postgres:15") or not pg.get("healthcheck"):
        problems.append("no postgres:15 service with a health check")
    init_sql = "".join(read(s) for s, t in compose_pairs(pg.get("volumes"), ("source", "target"))
                       if t.startswith("/docker-entrypoint-initdb.d") and os.path.isfile(os.path.join(ROOT, s)))
    created = set(re.findall(r"CREATE\s+DATABASE\s+(\w+)", init_sql, re.I))
    problems += [f"the init script does not create database {db}" for _, _, db, _ in SERVICES if db not in created]
    report.check("compose: PostgreSQL 15 with an init script creating the six databases", problems)

    problems = []
    kafka = services.get("kafka") or {}
    roles = compose_env(kafka).get("KAFKA_PROCESS_ROLES") or ""
    if not str(kafka.get("image", "")).startswith("apache/kafka") or "controller" not in roles \
            or "broker" not in roles or not kafka.get("healthcheck"):
        problems.append("no apache/kafka KRaft broker and controller with a health check")
    script = "\n".join(str(c) for c in (services.get("kafka-topics") or {}).get("command") or [])
    created = dict(re.findall(r"^\s*topic\s+(\S+)(.*)$", script, re.M))
    problems += [f"topic {t} is not created" for t in sorted(all_topics(model) - created.keys())]
    problems += [f"topic {t} is created but not used by the code" for t in sorted(created.keys() - all_topics(model))]
    audit = topic_constants()["AUDIT"]
    if "retention.ms=-1" not in created.get(audit, ""):
        problems.append(f"{audit} is not kept indefinitely (retention.ms=-1)")
    report.check("compose: Kafka in KRaft mode (plaintext, local use), every topic of the code created", problems)

    for name, port, db, _ in SERVICES:
        svc = services.get(name)
        if not svc:
            report.check(f"compose {name}", ["service missing"])
            continue
        problems = []
        env = compose_env(svc)
        expected = env_names(name, False)
        if expected - env.keys():
            problems.append(f"environment lacks {', '.join(sorted(expected - env.keys()))}")
        if env.keys() - expected - OPTIONAL_ENV:
            problems.append(f"unknown environment names {', '.join(sorted(env.keys() - expected - OPTIONAL_ENV))}")
        if env.get("QUARKUS_HTTP_PORT") != str(port) or (str(port), str(port)) not in \
                compose_pairs(svc.get("ports"), ("published", "target")):
            problems.append(f"QUARKUS_HTTP_PORT or the published port is not {port}:{port}")
        if env.get("QUARKUS_PROFILE") != "local":
            problems.append("QUARKUS_PROFILE is not local")
        m = re.fullmatch(r"jdbc:postgresql://([\w.-]+):(\d+)/(\w+)(\?.*)?", env.get("POLKU_DB_URL") or "")
        if not m or m.group(3) != db or m.group(1) not in services:
            problems.append(f"POLKU_DB_URL={env.get('POLKU_DB_URL')} does not name database {db} on a compose service")
        role = re.search(r"CREATE\s+ROLE\s+" + re.escape(env.get("POLKU_DB_USER") or "-")
                         + r"\b[^;]*PASSWORD\s+'([^']*)'", init_sql, re.I)
        if not role or role.group(1) != env.get("POLKU_DB_PASSWORD"):
            problems.append("POLKU_DB_USER/PASSWORD do not match a role of the init script")
        if any(s.split(":")[0] not in services for s in (env.get("KAFKA_BOOTSTRAP_SERVERS") or "").split(",")):
            problems.append(f"KAFKA_BOOTSTRAP_SERVERS={env.get('KAFKA_BOOTSTRAP_SERVERS')} is not a compose service")
        mounts = {t: s for s, t in compose_pairs(svc.get("volumes"), ("source", "target"))}
        source = mounts.get((env.get("MP_JWT_VERIFY_PUBLICKEY_LOCATION") or "").removeprefix("file:"))
        if not source or os.path.normpath(source) != os.path.normpath(DEV_KEY):
            problems.append(f"the dev public key {DEV_KEY} is not mounted at MP_JWT_VERIFY_PUBLICKEY_LOCATION")
        test = (svc.get("healthcheck") or {}).get("test")
        test = " ".join(test) if isinstance(test, list) else str(test)
        if "/q/health/ready" not in test or str(MANAGEMENT_PORT) not in test:
            problems.append(f"the health check does not probe /q/health/ready on the management port {MANAGEMENT_PORT}")
        depends = svc.get("depends_on") or {}
        for dependency in ("postgres", "kafka"):
            if not isinstance(depends, dict) or (depends.get(dependency) or {}).get("condition") != "service_healthy":
                problems.append(f"does not wait for {dependency} with condition service_healthy")
        build = svc.get("build") or {}
        context = build.get("context", ".")
        if os.path.normpath(os.path.join(context, build.get("dockerfile", "Dockerfile"))) \
                != f"services/{name}/src/main/docker/Dockerfile.jvm" \
                or os.path.normpath(os.path.join(context, (build.get("args") or {}).get("APP_DIR", "-"))) \
                != f"services/{name}/target/quarkus-app":
            problems.append("not built from its Dockerfile.jvm and target/quarkus-app")
        report.check(f"compose {name}: port {port}, environment, database, key, health check, depends_on", problems)


def templates():
    """Secret name -> set of keys, from every *.template.yaml under deploy/, and the template files."""
    secrets, files = {}, []
    for dirpath, _, filenames in os.walk(os.path.join(ROOT, "deploy")):
        for f in sorted(filenames):
            if f.endswith(".template.yaml"):
                files.append(os.path.join(dirpath, f))
                for d in load_all(files[-1]):
                    if d.get("kind") == "Secret":
                        secrets[d["metadata"]["name"]] = set((d.get("stringData") or {}).keys())
    return secrets, files


def check_render(report, directory):
    """Renders a kustomization; with kubectl/kustomize v4+ also builds it, and both must agree."""
    files = set()
    docs = render(os.path.join(ROOT, directory), files)
    problems = []
    for d in docs:
        if not isinstance(d, dict) or not d.get("apiVersion") or not d.get("kind") \
                or not (d.get("metadata") or {}).get("name"):
            problems.append(f"a document without apiVersion, kind or metadata.name: {str(d)[:60]}")
    for dirpath, _, filenames in os.walk(os.path.join(ROOT, directory)):
        for f in filenames:
            path = os.path.join(dirpath, f)
            if f.endswith((".yaml", ".yml")) and path not in files and not f.endswith(".template.yaml"):
                problems.append(f"{rel(path)} is neither listed in a kustomization.yaml nor a *.template.yaml")
    report.check(f"render {directory}: {len(docs)} resources from the files kustomization.yaml lists", problems)

    command, why = kustomize_command()
    if not command:
        report.skip(f"kustomize build {directory}", why + "; checked the rendering above only")
        return docs
    run = subprocess.run(command + [os.path.join(ROOT, directory)], capture_output=True, text=True)
    problems = []
    if run.returncode != 0:
        problems.append((run.stderr.strip().splitlines() or ["failed"])[-1])
    else:
        def key(d):
            return (d["kind"], d["metadata"].get("namespace", ""), d["metadata"]["name"])
        built = {key(d): d for d in yaml.safe_load_all(run.stdout) if d}
        mine = {key(d): d for d in docs}
        problems += [f"{k} built by {command[0]} only" for k in sorted(built.keys() - mine.keys())]
        problems += [f"{k} rendered here only" for k in sorted(mine.keys() - built.keys())]
        problems += [f"{k} differs from {command[0]}'s" for k in sorted(built.keys() & mine.keys())
                     if built[k] != mine[k]]
    report.check(f"{' '.join(command)} {directory} builds the same resources", problems)
    return docs


def check_k8s(report, model, docs):
    by_kind = {}
    for d in docs:
        by_kind.setdefault(d["kind"], {})[d["metadata"]["name"]] = d
    secrets, _ = templates()
    kafka_name = next(iter(by_kind.get("Kafka", {})), None)
    cluster_name = next(iter(by_kind.get("Cluster", {})), None)
    users = by_kind.get("KafkaUser", {})
    problems = [f"{d['kind']} {d['metadata']['name']} has no namespace" for d in docs
                if d["kind"] not in CLUSTER_SCOPED and not d["metadata"].get("namespace")]
    report.check("k8s base: every namespaced resource in a namespace", problems)

    # Kafka: the only client listener requires TLS and SCRAM, authorization is on.
    problems, secure_ports = [], set()
    kafka = by_kind.get("Kafka", {}).get(kafka_name)
    if not kafka:
        problems.append("no Strimzi Kafka resource")
    else:
        spec = kafka["spec"]["kafka"]
        if kafka["apiVersion"] != "kafka.strimzi.io/v1beta2" or kafka["spec"].get("zookeeper"):
            problems.append("not a Strimzi v1beta2 Kafka in KRaft mode")
        for listener in spec.get("listeners") or []:
            auth = (listener.get("authentication") or {}).get("type")
            if listener.get("tls") is not True or auth not in ("scram-sha-512", "tls"):
                problems.append(f"listener {listener.get('name')} does not require TLS and SCRAM-SHA-512 (or mTLS)")
            elif auth == "scram-sha-512":
                secure_ports.add(listener.get("port"))
        if (spec.get("authorization") or {}).get("type") != "simple":
            problems.append("authorization is not simple: every user could use every topic")
        pools = [p for p in by_kind.get("KafkaNodePool", {}).values()
                 if (p["metadata"].get("labels") or {}).get("strimzi.io/cluster") == kafka_name]
        if not {"controller", "broker"} <= {r for p in pools for r in p["spec"].get("roles", [])}:
            problems.append("no KafkaNodePool gives the cluster KRaft controllers and brokers")
        if (kafka["spec"].get("entityOperator") or {}).get("userOperator") is None:
            problems.append("no User Operator creates the KafkaUsers' Secrets")
    report.check("k8s Kafka: Strimzi KRaft, listeners with TLS and SCRAM-SHA-512 only, authorization simple",
                 problems)

    problems, topics = [], {}
    for d in by_kind.get("KafkaTopic", {}).values():
        topic = d["spec"].get("topicName") or d["metadata"]["name"]
        topics[topic] = d
        if (d["metadata"].get("labels") or {}).get("strimzi.io/cluster") != kafka_name:
            problems.append(f"KafkaTopic {topic} is not labelled strimzi.io/cluster: {kafka_name}")
        if not d["spec"].get("partitions") or not d["spec"].get("replicas"):
            problems.append(f"KafkaTopic {topic} has no partitions or replicas")
    problems += [f"no KafkaTopic for {t}, which the code uses" for t in sorted(all_topics(model) - topics.keys())]
    problems += [f"KafkaTopic {t} is not used by the code" for t in sorted(topics.keys() - all_topics(model))]
    audit = topic_constants()["AUDIT"]
    retention = ((topics.get(audit) or {}).get("spec", {}).get("config") or {}).get("retention.ms")
    if retention is None or not (int(retention) == -1 or int(retention) >= 365 * 24 * 3600 * 1000):
        problems.append(f"{audit} is not kept long (retention.ms {retention})")
    report.check(f"k8s topics: a KafkaTopic for each of the {len(all_topics(model))} topics of the code", problems)

    for name, port, db, short in SERVICES:
        dep = by_kind.get("Deployment", {}).get(name)
        cm = by_kind.get("ConfigMap", {}).get(f"{name}-config")
        svc = by_kind.get("Service", {}).get(name)
        if not dep or not cm or not svc:
            report.check(f"k8s {name}", [f"needs Deployment {name}, ConfigMap {name}-config and Service {name}"])
            continue
        problems = []
        pod = dep["spec"]["template"]
        container = pod["spec"]["containers"][0]
        data = {k: str(v) for k, v in (cm.get("data") or {}).items()}
        ports = {p.get("name"): p["containerPort"] for p in container.get("ports") or []}
        if port not in ports.values():
            problems.append(f"container port {sorted(ports.values())}, expected {port}")
        if not str(container.get("image", "")).split(":")[0].endswith("/" + name):
            problems.append(f"image {container.get('image')} is not .../{name}")
        names, env = set(), {}
        for source in container.get("envFrom") or []:
            if (source.get("configMapRef") or {}).get("name") == cm["metadata"]["name"]:
                names |= data.keys()
            else:
                problems.append(f"envFrom {source}: only the service's ConfigMap (Secrets by secretKeyRef)")
        for e in container.get("env") or []:
            names.add(e["name"])
            ref = (e.get("valueFrom") or {}).get("secretKeyRef")
            env[e["name"]] = ref
            if ref and ref.get("name") not in users and ref.get("key") not in secrets.get(ref.get("name"), set()):
                problems.append(f"{e['name']} reads {ref.get('name')}/{ref.get('key')}, which no Secret template has")
            if e["name"] in SECRET_ENV and not ref:
                problems.append(f"{e['name']} does not come from a Secret")
        expected = env_names(name, True)
        if expected - names:
            problems.append(f"environment lacks {', '.join(sorted(expected - names))}")
        if names - expected - OPTIONAL_ENV:
            problems.append(f"unknown environment names {', '.join(sorted(names - expected - OPTIONAL_ENV))}")
        problems += [f"{s} is in the ConfigMap; it belongs in a Secret" for s in sorted(SECRET_ENV & data.keys())]
        if data.get("QUARKUS_HTTP_PORT") != str(port) or data.get("QUARKUS_PROFILE") != "prod":
            problems.append(f"QUARKUS_HTTP_PORT is not {port} or QUARKUS_PROFILE is not prod")
        m = re.fullmatch(r"jdbc:postgresql://([\w.-]+):(\d+)/(\w+)(\?.*)?", data.get("POLKU_DB_URL", ""))
        if not m or m.group(3) != db or m.group(1) != f"{cluster_name}-rw":
            problems.append(f"POLKU_DB_URL={data.get('POLKU_DB_URL')}, expected database {db} on {cluster_name}-rw")

        # Kafka client settings: the TLS listener, the cluster CA, the KafkaUser's own Secret.
        host, _, bootstrap_port = data.get("KAFKA_BOOTSTRAP_SERVERS", "").partition(":")
        if host != f"{kafka_name}-kafka-bootstrap" or not bootstrap_port.isdigit() \
                or int(bootstrap_port) not in secure_ports:
            problems.append(f"KAFKA_BOOTSTRAP_SERVERS={data.get('KAFKA_BOOTSTRAP_SERVERS')} is not the TLS+SCRAM "
                            f"listener of {kafka_name}")
        for key, value in K8S_KAFKA_ENV.items():
            if value and data.get(key) != value:
                problems.append(f"{key}={data.get(key)}, expected {value}")
        jaas = env.get("KAFKA_SASL_JAAS_CONFIG") or {}
        if jaas.get("name") != name or name not in users or jaas.get("key") != "sasl.jaas.config":
            problems.append(f"KAFKA_SASL_JAAS_CONFIG is not key sasl.jaas.config of KafkaUser {name}'s Secret")
        volumes = {v["name"]: v for v in pod["spec"].get("volumes") or []}
        mounts = {vm["mountPath"]: volumes.get(vm["name"], {}) for vm in container.get("volumeMounts") or []}
        truststore = data.get("KAFKA_SSL_TRUSTSTORE_LOCATION", "")
        ca = mounts.get(os.path.dirname(truststore), {}).get("secret") or {}
        if ca.get("secretName") != f"{kafka_name}-cluster-ca-cert" or os.path.basename(truststore) not in \
                [i.get("path") for i in ca.get("items") or []] + (["ca.crt"] if not ca.get("items") else []):
            problems.append(f"KAFKA_SSL_TRUSTSTORE_LOCATION={truststore} is not ca.crt of {kafka_name}-cluster-ca-cert")

        def probe_ok(probe, path):
            get = (container.get(probe) or {}).get("httpGet") or {}
            return get.get("path") == path and MANAGEMENT_PORT in (get.get("port"), ports.get(get.get("port")))
        if not probe_ok("readinessProbe", "/q/health/ready") or not probe_ok("livenessProbe", "/q/health/live") \
                or not container.get("startupProbe"):
            problems.append("needs readiness /q/health/ready, liveness /q/health/live on the management port, "
                            "a startup probe")
        if pod["metadata"].get("annotations", {}).get("prometheus.io/port") != str(MANAGEMENT_PORT):
            problems.append(f"Prometheus does not scrape the management port {MANAGEMENT_PORT}")
        resources = container.get("resources") or {}
        request = mebibytes((resources.get("requests") or {}).get("memory"))
        limit = mebibytes((resources.get("limits") or {}).get("memory"))
        if request is None or limit is None or not 128 <= request <= limit <= 1024:
            problems.append("memory requests/limits missing or out of proportion")
        pod_sc, sc = pod["spec"].get("securityContext") or {}, container.get("securityContext") or {}
        if not (sc.get("runAsNonRoot") or pod_sc.get("runAsNonRoot")) or sc.get("readOnlyRootFilesystem") is not True \
                or sc.get("allowPrivilegeEscalation") is not False:
            problems.append("not runAsNonRoot, readOnlyRootFilesystem and allowPrivilegeEscalation: false")
        if "emptyDir" not in mounts.get("/tmp", {}):
            problems.append("the root file system is read-only but /tmp is no emptyDir")
        key_location = data.get("MP_JWT_VERIFY_PUBLICKEY_LOCATION", "")
        if not key_location.startswith(("http://", "https://")):
            secret_volume = (mounts.get(os.path.dirname(key_location.removeprefix("file:")), {}).get("secret")
                             or {}).get("secretName")
            if os.path.basename(key_location) not in secrets.get(secret_volume, set()):
                problems.append(f"MP_JWT_VERIFY_PUBLICKEY_LOCATION={key_location} is not in a mounted Secret template")
        labels = pod["metadata"].get("labels") or {}
        if not svc["spec"].get("selector") or any(labels.get(k) != v for k, v in svc["spec"]["selector"].items()):
            problems.append("the Service selector does not match the pod labels")
        if not any(p.get("port") == port and (p.get("targetPort") == port or ports.get(p.get("targetPort")) == port)
                   for p in svc["spec"].get("ports") or []):
            problems.append(f"the Service does not forward port {port} to the container")
        report.check(f"k8s {name}: port {port}, environment, Kafka TLS+SCRAM, probes, resources, security, Service",
                     problems)

    check_acls(report, model, users, kafka_name)
    check_postgres(report, by_kind, secrets, cluster_name)


def acl_entries(user):
    """The ACLs of a KafkaUser as (resource type, name, pattern type, operation)."""
    entries = set()
    for acl in (user["spec"].get("authorization") or {}).get("acls") or []:
        resource = acl.get("resource") or {}
        for operation in acl.get("operations") or [acl.get("operation")]:
            entries.add((resource.get("type"), resource.get("name"), resource.get("patternType", "literal"),
                         operation))
    return entries


def check_acls(report, model, users, kafka_name):
    """Each service's KafkaUser allows exactly the topics and groups its code uses (deploy/README.md)."""
    for name, m in model.items():
        user = users.get(name)
        if not user:
            report.check(f"k8s KafkaUser {name}", ["missing"])
            continue
        problems = []
        if (user["metadata"].get("labels") or {}).get("strimzi.io/cluster") != kafka_name:
            problems.append(f"not labelled strimzi.io/cluster: {kafka_name}")
        if (user["spec"].get("authentication") or {}).get("type") not in ("scram-sha-512", "tls"):
            problems.append("authentication is not scram-sha-512 (or tls)")
        if (user["spec"].get("authorization") or {}).get("type") != "simple":
            problems.append("authorization is not simple")
        expected = set()
        for topic in m["produces"]:
            expected |= {("topic", topic, "literal", "Write"), ("topic", topic, "literal", "Describe")}
        for topic, groups in m["reads"].items():
            expected |= {("topic", topic, "literal", "Read"), ("topic", topic, "literal", "Describe")}
            expected |= {("group", g, "literal", "Read") for g in groups if g}
        actual = acl_entries(user)
        # A prefix ACL is accepted for the service's own dead-letter topic only.
        dlq_prefixes = {(t, "prefix", op) for t in m["dead_letters"] for op in ("Write", "Describe")}
        for entry in sorted(actual - expected, key=str):
            kind, resource, pattern, operation = entry
            if kind == "topic" and (resource, pattern, operation) in dlq_prefixes:
                expected = {e for e in expected if not (e[1] == resource and e[3] == operation)}
                continue
            problems.append(f"allows {operation} on {kind} {resource}"
                            f"{'' if pattern == 'literal' else f' ({pattern})'}, which the code does not use")
        problems += [f"lacks {operation} on {kind} {resource}" for kind, resource, _, operation
                     in sorted(expected - actual, key=str)]
        report.check(f"k8s KafkaUser {name}: exactly the {len(m['produces'])} topics it writes, "
                     f"{len(m['reads'])} it reads and its groups", problems)
    strays = sorted(set(users) - set(model))
    report.check("k8s KafkaUsers: one per service, no others in the base",
                 [f"KafkaUser {u} is no service" for u in strays])


def check_postgres(report, by_kind, secrets, cluster_name):
    problems = []
    cluster = by_kind.get("Cluster", {}).get(cluster_name)
    if not cluster or cluster["apiVersion"] != "postgresql.cnpg.io/v1":
        report.check("k8s PostgreSQL", ["no CloudNativePG Cluster (postgresql.cnpg.io/v1)"])
        return
    initdb = (cluster["spec"].get("bootstrap") or {}).get("initdb") or {}
    owners = {initdb.get("database"): initdb.get("owner")}
    for d in by_kind.get("Database", {}).values():
        if d["spec"].get("cluster", {}).get("name") != cluster_name:
            problems.append(f"Database {d['metadata']['name']} is not of Cluster {cluster_name}")
        owners[d["spec"].get("name")] = d["spec"].get("owner")
    roles = {r["name"]: r for r in (cluster["spec"].get("managed") or {}).get("roles", [])}
    for r in roles.values():
        if (r.get("passwordSecret") or {}).get("name") not in secrets:
            problems.append(f"role {r['name']}: its passwordSecret has no template")
    hba = (cluster["spec"].get("postgresql") or {}).get("pg_hba") or []
    rejects = [i for i, line in enumerate(hba) if line.split()[-1] == "reject"]
    for name, _, db, short in SERVICES:
        owner = owners.get(db)
        if owner != db or (owner != initdb.get("owner") and owner not in roles):
            problems.append(f"database {db} is not created, or not owned by its service's role {db}")
        allow = [i for i, line in enumerate(hba) if line.split()[1:3] == [db, owner]]
        if rejects and (not allow or allow[0] > rejects[0]):
            problems.append(f"pg_hba rejects {owner} before allowing it into {db}")
        secret = next((d for d in load_all(os.path.join(ROOT, f"deploy/k8s/base/{name}/secret.template.yaml"))
                       if d["metadata"]["name"] == f"polku-db-{short}"), None)
        if not secret or (secret.get("stringData") or {}).get("username") != db \
                or secret.get("type") != "kubernetes.io/basic-auth":
            problems.append(f"{name}/secret.template.yaml lacks basic-auth Secret polku-db-{short} for role {db}")
    report.check("k8s PostgreSQL: CloudNativePG cluster, the six databases, one owner role and login each", problems)


def check_secrets(report, docs):
    _, files = templates()
    problems = [f"Secret {d['metadata']['name']} is applied by a kustomization" for d in docs if d["kind"] == "Secret"]
    for path in files:
        for d in load_all(path):
            where = f"{rel(path)} {d.get('metadata', {}).get('name')}"
            if d.get("data"):
                problems.append(f"{where}: uses data (base64); templates use stringData placeholders")
            problems += [f"{where}: {k} is not a {PLACEHOLDER} placeholder" for k, v in
                         (d.get("stringData") or {}).items() if k != "username" and PLACEHOLDER not in str(v)]
    report.check(f"Secrets under deploy/ are templates holding {PLACEHOLDER} placeholders only", problems)


def check_debezium(report, model, docs):
    problems = []
    base = load_all(os.path.join(ROOT, "deploy/k8s/base/kustomization.yaml"))[0]
    if any("debezium" in str(r) for r in base.get("resources") or []):
        problems.append("the base includes the Debezium example")
    by_kind = {}
    for d in docs:
        by_kind.setdefault(d["kind"], {})[d["metadata"]["name"]] = d
    connectors = list(by_kind.get("KafkaConnector", {}).values())
    if not connectors:
        problems.append("no KafkaConnector")
    services_by_db = {db: name for name, _, db, _ in SERVICES}
    for c in connectors:
        config = c["spec"].get("config") or {}
        if c["spec"].get("state") != "stopped":
            problems.append(f"{c['metadata']['name']} is not stopped by default")
        routers = [t.strip() for t in str(config.get("transforms", "")).split(",")
                   if config.get(f"transforms.{t.strip()}.type") == "io.debezium.transforms.outbox.EventRouter"]
        want = {"route.by.field": "aggregatetype", "route.topic.replacement": "${routedByValue}",
                "table.field.event.key": "aggregateid", "table.field.event.payload": "payload"}
        if not routers or any(config.get(f"transforms.{routers[0]}.{k}") != v for k, v in want.items()):
            problems.append(f"{c['metadata']['name']} has no outbox EventRouter routing by aggregatetype")
        if "outbox_event" not in str(config.get("table.include.list", "")):
            problems.append(f"{c['metadata']['name']} does not capture outbox_event")
        service = services_by_db.get(config.get("database.dbname"))
        if not service:
            problems.append(f"{c['metadata']['name']} reads database {config.get('database.dbname')}")
            continue
        # Connect writes what the service's own relay writes, over the same TLS+SCRAM listener.
        for connect in by_kind.get("KafkaConnect", {}).values():
            login = (connect["spec"].get("authentication") or {}).get("username")
            user = by_kind.get("KafkaUser", {}).get(login)
            if not user or not connect["spec"].get("tls"):
                problems.append(f"KafkaConnect {connect['metadata']['name']} has no TLS and KafkaUser login")
                continue
            writes = {r for k, r, p, op in acl_entries(user) if k == "topic" and op == "Write" and p == "literal"}
            relayed = model[service]["produces"] - model[service]["dead_letters"]
            problems += [f"KafkaUser {login} cannot write {t}, which {service}'s outbox names"
                         for t in sorted(relayed - writes)]
    report.check("k8s debezium example: outbox EventRouter connector, stopped, outside the base, its own login",
                 problems)


def check_gateway(report, docs):
    """The gateway in compose and the k8s base: its port, its upstreams at their services' ports, no database."""
    name, port = GATEWAY
    ports = {n: p for n, p, _, _ in SERVICES}
    config = properties(f"services/{name}/src/main/resources/application.properties")
    problems = [] if config.get("quarkus.http.port") == str(port) else [f"quarkus.http.port is not {port}"]
    compose = (load_all(os.path.join(ROOT, "docker-compose.yml"))[0].get("services") or {}).get(name)
    cm = next((d for d in docs if d["kind"] == "ConfigMap" and d["metadata"]["name"] == f"{name}-config"), None)
    svc = next((d for d in docs if d["kind"] == "Service" and d["metadata"]["name"] == name), None)
    dep = next((d for d in docs if d["kind"] == "Deployment" and d["metadata"]["name"] == name), None)
    for where, env in (("compose", compose_env(compose) if compose else None), ("k8s", (cm or {}).get("data"))):
        if env is None:
            problems.append(f"{where}: no {name}")
            continue
        if set(env) - {"JAVA_MAX_MEM_RATIO"} != GATEWAY_ENV:
            problems.append(f"{where}: environment is {sorted(env)}, expected {sorted(GATEWAY_ENV)}")
        if str(env.get("QUARKUS_HTTP_PORT")) != str(port):
            problems.append(f"{where}: QUARKUS_HTTP_PORT is not {port}")
        for variable, upstream in GATEWAY_UPSTREAMS.items():
            if env.get(variable) != f"http://{upstream}:{ports[upstream]}":
                problems.append(f"{where}: {variable} is not http://{upstream}:{ports[upstream]}")
    if not svc or [p.get("port") for p in svc["spec"]["ports"]] != [port]:
        problems.append(f"k8s: no Service {name} on port {port}")
    container = ((dep or {}).get("spec", {}).get("template", {}).get("spec", {}).get("containers") or [{}])[0]
    if [p.get("containerPort") for p in container.get("ports") or []] != [port, MANAGEMENT_PORT]:
        problems.append(f"k8s: Deployment {name} does not expose {port} and the management port {MANAGEMENT_PORT}")
    if (container.get("readinessProbe") or {}).get("httpGet", {}).get("path") != "/q/health/ready":
        problems.append(f"k8s: Deployment {name} has no readiness probe on /q/health/ready")
    report.check(f"{name}: port {port}, upstreams at their services' ports, no database or Kafka", problems)


def main():
    os.chdir(ROOT)
    print(f"Checking docker-compose.yml, services/*/src/main/docker/Dockerfile.jvm and deploy/ in {ROOT}")
    print(f"YAML: PyYAML {yaml.__version__}")
    report = Report()
    model = None
    steps = [
        ("code", lambda: check_code(report, model)),
        ("kafka clients", lambda: check_kafka_clients(report)),
        ("dockerfiles", lambda: check_dockerfiles(report)),
        ("compose", lambda: check_compose(report, model)),
        ("k8s", lambda: check_k8s(report, model, check_render(report, "deploy/k8s/base"))),
        ("gateway", lambda: check_gateway(report, render(os.path.join(ROOT, "deploy/k8s/base")))),
        ("secrets", lambda: check_secrets(report, render(os.path.join(ROOT, "deploy/k8s/base")))),
        ("debezium", lambda: check_debezium(report, model, check_render(report, "deploy/k8s/debezium"))),
    ]
    try:
        model = code_model()
    except Exception as e:  # noqa: BLE001 - code the checks cannot read must fail the run, not crash it
        report.check("code: read what the services produce and consume", [f"{type(e).__name__}: {e}"])
        steps = steps[1:3]
    for name, step in steps:
        try:
            step()
        except Exception as e:  # noqa: BLE001 - a malformed manifest must fail the run, not crash it
            report.check(name, [f"stopped on {type(e).__name__}: {e}"])
    print(f"validate: {report.passed} passed, {report.failed} failed, {report.skipped} skipped")
    return 1 if report.failed else 0


if __name__ == "__main__":
    sys.exit(main())
