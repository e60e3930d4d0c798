#!/usr/bin/env bash
# A single-node Kafka broker (KRaft: broker and controller in one process, no ZooKeeper, no Docker), run from
# Maven-resolved jars (deploy/kafka/pom.xml), and Kafka's own console tools against it.
#
#   deploy/kafka.sh start                 start the broker on localhost:${NENGSHANG_KAFKA_PORT:-9092}
#   deploy/kafka.sh stop                  stop it (its data stays in $NENGSHANG_KAFKA_DIR)
#   deploy/kafka.sh consume TOPIC         print a topic from its beginning, with keys and headers
#   deploy/kafka.sh produce TOPIC         send lines "key|value" to a topic
#   deploy/kafka.sh service               start the service against the broker (the README's run command)
#
# The broker keeps its data in $NENGSHANG_KAFKA_DIR (./data/kafka by default, under the folder it is run from).
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
port="${NENGSHANG_KAFKA_PORT:-9092}"
controller_port="${NENGSHANG_KAFKA_CONTROLLER_PORT:-9093}"
home="${NENGSHANG_KAFKA_DIR:-$PWD/data/kafka}"
mkdir -p "$home"
home="$(cd "$home" && pwd)"

classpath() {
    if [ ! -s "$home/classpath" ]; then
        mvn -B -q -f "$here/kafka/pom.xml" dependency:build-classpath -Dmdep.outputFile="$home/classpath" >&2
    fi
    cat "$home/classpath"
}

tool() {
    java -Dlog4j.configuration="file:$home/log4j.properties" -cp "$(classpath)" "$@"
}

write_settings() {
    cat > "$home/server.properties" <<PROPERTIES
process.roles=broker,controller
node.id=1
controller.quorum.voters=1@localhost:$controller_port
listeners=PLAINTEXT://localhost:$port,CONTROLLER://localhost:$controller_port
advertised.listeners=PLAINTEXT://localhost:$port
controller.listener.names=CONTROLLER
listener.security.protocol.map=CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT
inter.broker.listener.name=PLAINTEXT
log.dirs=$home/log
num.partitions=3
offsets.topic.replication.factor=1
transaction.state.log.replication.factor=1
transaction.state.log.min.isr=1
group.initial.rebalance.delay.ms=0
PROPERTIES
    cat > "$home/log4j.properties" <<PROPERTIES
log4j.rootLogger=WARN, stderr
log4j.appender.stderr=org.apache.log4j.ConsoleAppender
log4j.appender.stderr.Target=System.err
log4j.appender.stderr.layout=org.apache.log4j.PatternLayout
log4j.appender.stderr.layout.ConversionPattern=[%d] %p %m (%c)%n
log4j.logger.kafka=WARN
PROPERTIES
}

listening() {
    (exec 3<>"/dev/tcp/localhost/$port") 2>/dev/null
}

case "${1:-}" in
    start)
        if [ -f "$home/broker.pid" ] && kill -0 "$(cat "$home/broker.pid")" 2>/dev/null; then
            echo "the broker runs already (pid $(cat "$home/broker.pid")) on localhost:$port"
            exit 0
        fi
        write_settings
        if [ ! -f "$home/log/meta.properties" ]; then
            tool kafka.tools.StorageTool format -t "$(tool kafka.tools.StorageTool random-uuid)" \
                -c "$home/server.properties" > /dev/null
        fi
        nohup java -Xmx512m -Dlog4j.configuration="file:$home/log4j.properties" -cp "$(classpath)" \
            kafka.Kafka "$home/server.properties" > "$home/broker.out" 2>&1 &
        echo $! > "$home/broker.pid"
        for _ in $(seq 1 60); do
            if listening; then
                echo "broker on localhost:$port (pid $(cat "$home/broker.pid"), data in $home)"
                exit 0
            fi
            sleep 1
        done
        echo "the broker did not start; see $home/broker.out" >&2
        exit 1
        ;;
    stop)
        if [ -f "$home/broker.pid" ]; then
            kill "$(cat "$home/broker.pid")" 2>/dev/null || true
            rm -f "$home/broker.pid"
            echo "broker stopped"
        fi
        ;;
    consume)
        tool org.apache.kafka.tools.consumer.ConsoleConsumer --bootstrap-server "localhost:$port" \
            --topic "${2:?a topic}" --from-beginning \
            --property print.key=true --property print.headers=true --property key.separator=" | "
        ;;
    produce)
        tool kafka.tools.ConsoleProducer --bootstrap-server "localhost:$port" --topic "${2:?a topic}" \
            --property parse.key=true --property key.separator="|"
        ;;
    service)
        jar="$here/../services/ledger/target/ledger.jar"
        [ -f "$jar" ] || mvn -B -q -f "$here/../pom.xml" -DskipTests package
        NENGSHANG_KAFKA_BOOTSTRAP="localhost:$port" exec java -jar "$jar"
        ;;
    *)
        sed -n '2,12p' "$0"
        exit 2
        ;;
esac
