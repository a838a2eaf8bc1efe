import { Text, View } from '@tarojs/components'
import { call } from '../../api/client'
import { Loadable } from '../../components/Loadable'
import { useLoad } from '../../lib/useLoad'

/** Whether the service answers, and which routes it offers (for whoever connects other systems). */
export function System() {
  const status = useLoad(async () => {
    const [health, api] = await Promise.all([call('health'), call('openapi')])
    return { health, api }
  }, [])
  return (
    <Loadable load={status} empty="" isEmpty={() => false}>
      {({ health, api }) => (
        <View className="card">
          <Text className="subtitle">系统状态</Text>
          <Text>{health.ok ? '服务正常' : '服务异常'}</Text>
          <Text className="hint">
            接口：{api.info.title} {api.info.version}，共 {Object.keys(api.paths).length} 个地址
          </Text>
        </View>
      )}
    </Loadable>
  )
}
